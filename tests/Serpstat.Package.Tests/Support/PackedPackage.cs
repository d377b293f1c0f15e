using System;
using System.IO;
using Xunit;

namespace Serpstat.Package.Tests.Support;

/// <summary>
/// The package packed once per test run, with a version no earlier run used, into a folder feed under a temporary
/// root outside the repository. The root also holds the consumers' nuget.config (that feed plus the machine's own
/// sources, and a private packages folder so that no stale copy can win) and empty Directory.Build files, so that
/// consumers inherit nothing.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public const string Id = "Serpstat.Generator";

    public PackedPackage()
    {
        Root = Path.Combine(Path.GetTempPath(), "serpstat-package-tests", Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Version = "0.0.0-test." + DateTime.UtcNow.Ticks;
        Directory.CreateDirectory(Feed);

        var project = Path.Combine(RepositoryRoot, "src", "Serpstat.Runtime", "Serpstat.Runtime.csproj");
        DotnetCli.Run(
                Root,
                "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version,
                "--artifacts-path", Path.Combine(Root, "artifacts"))
            .AssertSucceeded("dotnet pack");
        NupkgPath = Path.Combine(Feed, $"{Id}.{Version}.nupkg");
        Assert.True(File.Exists(NupkgPath), "dotnet pack made no " + NupkgPath);

        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(Root, "packages")}" />
              </config>
              <packageSources>
                <add key="serpstat-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string NupkgPath { get; }

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Serpstat.Generator.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("No Serpstat.Generator.sln above " + AppContext.BaseDirectory);
        }
    }

    public static string RealSchemaPath =>
        Path.Combine(RepositoryRoot, "schema", "SerpstatBacklinksProcedure.getOutlinks.serpstat.json");

    /// <summary>A new, empty consumer folder beside the feed.</summary>
    public ConsumerProject NewConsumer(string name) => new(this, Path.Combine(Root, name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not worth failing a passed run for.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
