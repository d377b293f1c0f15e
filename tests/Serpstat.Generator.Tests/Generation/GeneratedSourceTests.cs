using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Serpstat.Generator.Tests.Generation;

/// <summary>
/// The generator's output for the real schema, compared file by file with the reviewed copies under Golden/. Run the
/// tests with SERPSTAT_UPDATE_GOLDEN=1 to rewrite them after an intended change, then review the diff.
/// </summary>
public sealed class GeneratedSourceTests
{
    private static readonly string[] Files =
    {
        "Serpstat.Backlinks.GetOutlinks.g.cs",
        "Serpstat.Backlinks.GetOutlinks.Request.g.cs",
        "Serpstat.Backlinks.GetOutlinks.Filter.g.cs",
        "Serpstat.Backlinks.GetOutlinks.Response.g.cs",
        "Serpstat.Backlinks.GetOutlinks.Wire.g.cs",
    };

    private static string GoldenDirectory =>
        Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Generation", "Golden");

    [Fact]
    public async Task Real_schema_generates_the_reviewed_sources()
    {
        if (Environment.GetEnvironmentVariable("SERPSTAT_UPDATE_GOLDEN") == "1")
        {
            WriteGolden();
        }

        var test = new CSharpSourceGeneratorTest<SerpstatGenerator, DefaultVerifier>
        {
            // Offline: no reference-assembly download; Basic.Reference.Assemblies ships .NET 10's.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestState =
            {
                Sources = { "namespace Consumer { internal static class Empty { } }" },
                AdditionalFiles = { (GeneratorHarness.RealSchemaPath, GeneratorHarness.RealSchema) },
            },
        };
        test.TestState.AdditionalReferences.AddRange(Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(GeneratorHarness.RuntimeAssemblyPath));
        foreach (var file in Files)
        {
            var golden = File.ReadAllText(Path.Combine(GoldenDirectory, file + ".txt"));
            test.TestState.GeneratedSources.Add(
                (typeof(SerpstatGenerator), file, SourceText.From(golden, Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    private static void WriteGolden()
    {
        var run = GeneratorHarness.Run("namespace Consumer { internal static class Empty { } }");
        Directory.CreateDirectory(GoldenDirectory);
        foreach (var tree in run.Result.GeneratedTrees)
        {
            var name = Path.GetFileName(tree.FilePath);
            Assert.Contains(name, Files);
            File.WriteAllText(Path.Combine(GoldenDirectory, name + ".txt"), tree.ToString());
        }
    }
}
