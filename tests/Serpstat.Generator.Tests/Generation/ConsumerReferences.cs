using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace Serpstat.Generator.Tests.Generation;

/// <summary>The target frameworks a consumer of the package may build for.</summary>
public enum ConsumerFramework
{
    Net100,
    Net80,
    NetStandard20,
}

/// <summary>
/// What a consumer compiles against on each framework: its reference assemblies and the runtime's build for it,
/// with the runtime's own dependencies where the framework lacks them.
/// </summary>
internal static class ConsumerReferences
{
    /// <summary>
    /// The runtime's netstandard2.0 dependencies (assembly, package version), as the test project's PackageDownload
    /// items restore them.
    /// </summary>
    private static readonly (string Name, string Version)[] NetStandardDependencies =
    {
        ("System.Text.Json", "8.0.5"),
        ("System.Memory", "4.5.5"),
        ("System.Buffers", "4.5.1"),
        ("System.Runtime.CompilerServices.Unsafe", "6.0.0"),
        ("System.Threading.Tasks.Extensions", "4.5.4"),
        ("Microsoft.Bcl.AsyncInterfaces", "8.0.0"),
        ("System.Text.Encodings.Web", "8.0.0"),
    };

    private static readonly ConcurrentDictionary<ConsumerFramework, MetadataReference[]> Cache = new();

    /// <summary>The references, read once per test run: every compilation of the matrix shares them.</summary>
    public static IEnumerable<MetadataReference> For(ConsumerFramework framework) =>
        Cache.GetOrAdd(framework, f => Read(f).ToArray());

    private static IEnumerable<MetadataReference> Read(ConsumerFramework framework) => framework switch
    {
        ConsumerFramework.Net100 => Net100.References.All.Append(Runtime("")),
        ConsumerFramework.Net80 => Net80.References.All.Append(Runtime("")),
        ConsumerFramework.NetStandard20 => NetStandard20(),
        _ => throw new ArgumentOutOfRangeException(nameof(framework)),
    };

    /// <summary>The runtime library as built beside the tests: its net8.0 build, or the one in a subfolder.</summary>
    private static MetadataReference Runtime(string folder) =>
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, folder, "Serpstat.Runtime.dll"));

    private static IEnumerable<MetadataReference> NetStandard20()
    {
        var root = typeof(ConsumerReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NuGetPackageRoot").Value!;
        var library = Path.Combine(root, "netstandard.library", "2.0.3", "build", "netstandard2.0", "ref");
        return Directory.GetFiles(library, "*.dll")
            .Concat(NetStandardDependencies.Select(d => Path.Combine(
                root, d.Name.ToLowerInvariant(), d.Version, "lib", "netstandard2.0", d.Name + ".dll")))
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(Runtime("netstandard2.0"));
    }
}
