using System.Linq;
using Xunit;

namespace Serpstat.Generator.Tests.Packaging;

/// <summary>
/// Generated code stays trimming- and NativeAOT-safe: it reaches no reflection and no reflection serializer.
/// </summary>
public sealed class TrimmingTests
{
    private static readonly string[] ReflectionApis =
    {
        "System.Reflection", "typeof(", "GetType()", "Activator", "JsonSerializer", "dynamic ", "Type.GetType",
    };

    [Fact]
    public void Generated_code_uses_no_reflection()
    {
        var run = Generation.GeneratorHarness.Run("namespace Consumer { internal static class Empty { } }");

        var found = run.Result.GeneratedTrees
            .SelectMany(tree => ReflectionApis
                .Where(api => tree.ToString().Contains(api))
                .Select(api => $"{tree.FilePath}: {api}"))
            .ToArray();

        Assert.NotEmpty(run.Result.GeneratedTrees);
        Assert.Empty(found);
    }
}
