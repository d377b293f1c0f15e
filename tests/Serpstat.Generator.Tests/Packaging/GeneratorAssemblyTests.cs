using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Serpstat.Generator.Tests.Packaging;

/// <summary>
/// The generator assembly loads in every compiler from the stated floor on, and needs nothing in the package beside
/// it: it references only Roslyn, at most the floor's version, and the framework.
/// </summary>
public sealed class GeneratorAssemblyTests
{
    /// <summary>Microsoft.CodeAnalysis 4.8.0: the .NET 8 SDK (8.0.100) and Visual Studio 2022 17.8.</summary>
    private static readonly Version RoslynFloor = new(4, 8, 0, 0);

    /// <summary>What Roslyn 4.8 itself references; a newer copy would not be there to load in an older host.</summary>
    private static readonly Version RoslynDependencyFloor = new(7, 0, 0, 0);

    private static AssemblyName[] References => typeof(SerpstatGenerator).Assembly.GetReferencedAssemblies();

    [Fact]
    public void References_only_roslyn_and_the_framework()
    {
        var others = References
            .Select(r => r.Name!)
            .Where(name => name != "netstandard"
                           && !name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
                           && !name.StartsWith("System.", StringComparison.Ordinal))
            .ToArray();

        Assert.Empty(others);
    }

    [Fact]
    public void Roslyn_references_are_no_newer_than_the_stated_floor()
    {
        var roslyn = References
            .Where(r => r.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToArray();

        Assert.NotEmpty(roslyn);
        Assert.All(roslyn, r => Assert.True(r.Version <= RoslynFloor, $"{r.Name} {r.Version} is past {RoslynFloor}"));
    }

    [Fact]
    public void Roslyn_dependencies_are_no_newer_than_those_of_the_floor()
    {
        var shared = References.Where(r => r.Name is "System.Collections.Immutable" or "System.Reflection.Metadata");

        Assert.All(shared, r => Assert.True(
            r.Version <= RoslynDependencyFloor,
            $"{r.Name} {r.Version} is newer than Roslyn {RoslynFloor} brings"));
    }

    [Fact]
    public void Package_readme_states_the_same_floor()
    {
        var readme = File.ReadAllText(Path.Combine(
            AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Serpstat.Runtime", "Package", "README.md"));

        Assert.Contains($"Microsoft.CodeAnalysis {RoslynFloor.ToString(3)}", readme);
        Assert.Contains(".NET 8 SDK", readme);
        Assert.Contains("Visual Studio 2022 17.8", readme);
    }
}
