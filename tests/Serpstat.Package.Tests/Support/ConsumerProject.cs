using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Serpstat.Package.Tests.Support;

/// <summary>A consumer project folder outside the repository that references the packed package.</summary>
public sealed class ConsumerProject
{
    private static readonly Regex DiagnosticLine = new(
        @"^(?<where>.*?)(?:\((?<line>\d+),\d+\))?: (?<severity>warning|error) (?<id>[A-Z]+\d+):",
        RegexOptions.Multiline);

    private readonly PackedPackage package;

    internal ConsumerProject(PackedPackage package, string directory)
    {
        this.package = package;
        Directory = directory;
        System.IO.Directory.CreateDirectory(directory);
    }

    public string Directory { get; }

    public string Name => Path.GetFileName(Directory);

    /// <summary>Writes the project file: the given properties and items, and the package reference.</summary>
    public void WriteProject(string properties, string items = "")
    {
        Write(Name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackedPackage.Id}" Version="{package.Version}" />
            {items}
              </ItemGroup>
            </Project>
            """);
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Copies the repository's getOutlinks schema into a folder of the project.</summary>
    public void CopyRealSchema(string folder)
    {
        var source = PackedPackage.RealSchemaPath;
        Write(Path.Combine(folder, Path.GetFileName(source)), File.ReadAllText(source));
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    public void Delete(string relativePath) => File.Delete(Path.Combine(Directory, relativePath));

    public CliResult Build(params string[] properties) =>
        DotnetCli.Run(Directory, new[] { "build", "-nodeReuse:false", "-p:UseSharedCompilation=false" }
            .Concat(properties).ToArray());

    /// <summary>Runs the built program (Debug, the only target framework) and returns what it printed.</summary>
    public string Run(string targetFramework)
    {
        var dll = Path.Combine(Directory, "bin", "Debug", targetFramework, Name + ".dll");
        return DotnetCli.Run(Directory, dll).AssertSucceeded("running " + Name).Output;
    }

    /// <summary>The distinct diagnostics (<c>file(line,col): severity ID</c>) a build printed.</summary>
    public static string[] Diagnostics(CliResult build) =>
        DiagnosticLine.Matches(build.Output)
            .Select(m => $"{Path.GetFileName(m.Groups["where"].Value.Trim())}"
                         + (m.Groups["line"].Success ? $"({m.Groups["line"].Value})" : "")
                         + $": {m.Groups["severity"].Value} {m.Groups["id"].Value}")
            .Distinct()
            .OrderBy(d => d, System.StringComparer.Ordinal)
            .ToArray();
}
