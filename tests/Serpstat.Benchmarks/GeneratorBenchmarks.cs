extern alias generator;

using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using generator::Serpstat.Generator;

namespace Serpstat.Benchmarks;

/// <summary>
/// The generator's own cost: a full run over the getOutlinks schema and over a synthetic 100-method schema set, and a
/// run after an edit to unrelated source, which should find everything cached.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation compilation = null!;
    private CSharpCompilation edited = null!;
    private ImmutableArray<AdditionalText> schemas;
    private GeneratorDriver warmDriver = null!;

    [Params(1, 100)]
    public int Methods { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var schema = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema",
                                                   "SerpstatBacklinksProcedure.getOutlinks.serpstat.json"));
        schemas = Enumerable.Range(0, Methods).Select(i => Schema(schema, i)).ToImmutableArray();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(Serpstat.Protocol.RequestId).Assembly.Location));
        var source = CSharpSyntaxTree.ParseText("namespace Consumer { public static class Code { } }");
        compilation = CSharpCompilation.Create("Consumer", [source], references,
                                               new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        edited = compilation.ReplaceSyntaxTree(
            source,
            CSharpSyntaxTree.ParseText("namespace Consumer { public static class Code { public static int X; } }"));
        warmDriver = NewDriver().RunGenerators(compilation);
    }

    [Benchmark]
    public GeneratorDriver FullRun() => NewDriver().RunGenerators(compilation);

    [Benchmark]
    public GeneratorDriver AfterUnrelatedEdit() => warmDriver.RunGenerators(edited);

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            [new SerpstatGenerator().AsSourceGenerator()],
            schemas,
            (CSharpParseOptions)compilation.SyntaxTrees[0].Options);

    /// <summary>The real schema as method number <paramref name="index"/>: its own method and class names.</summary>
    private static AdditionalText Schema(string text, int index) =>
        index == 0
            ? new SchemaFile("/schema/SerpstatBacklinksProcedure.getOutlinks.serpstat.json", text)
            : new SchemaFile(
                $"/schema/SerpstatBacklinksProcedure.getOutlinks{index}.serpstat.json",
                text.Replace(
                        "\"SerpstatBacklinksProcedure.getOutlinks\"",
                        $"\"SerpstatBacklinksProcedure.getOutlinks{index}\"")
                    .Replace("\"name\": \"GetOutlinks\"", $"\"name\": \"GetOutlinks{index}\""));

    private sealed class SchemaFile(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
