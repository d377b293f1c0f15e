extern alias runtime;

using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Serpstat.Generator;

namespace Serpstat.Analyzer.Tests.Infrastructure;

/// <summary>
/// The client the generator makes from the real getOutlinks schema, generated once per test run, and the references
/// code that uses it compiles against. No download: reference assemblies come from Basic.Reference.Assemblies.
/// </summary>
internal static class GeneratedClient
{
    private static readonly Lazy<ImmutableArray<(string HintName, string Source)>> Generated = new(Generate);

    public static ImmutableArray<MetadataReference> References { get; } = Net100.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(runtime::Serpstat.Protocol.RequestId).Assembly.Location))
        .ToImmutableArray();

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>The generated files, by hint name.</summary>
    public static ImmutableArray<(string HintName, string Source)> Sources => Generated.Value;

    private static ImmutableArray<(string, string)> Generate()
    {
        var path = Path.Combine(
            AppContext.BaseDirectory,
            "schema",
            "SerpstatBacklinksProcedure.getOutlinks.serpstat.json");
        var compilation = CSharpCompilation.Create(
            "Generated",
            references: References,
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create(
            new[] { new SerpstatGenerator().AsSourceGenerator() },
            new[] { (AdditionalText)new SchemaFile(path, File.ReadAllText(path)) },
            ParseOptions);
        var result = driver.RunGenerators(compilation).GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new InvalidOperationException(
                "The real schema does not generate: " + string.Join("; ", result.Diagnostics));
        }

        return result.GeneratedTrees
            .Select(t => (Path.GetFileName(t.FilePath), t.GetText().ToString()))
            .ToImmutableArray();
    }

    private sealed class SchemaFile : AdditionalText
    {
        private readonly string text;

        public SchemaFile(string path, string text)
        {
            Path = path;
            this.text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            SourceText.From(text);
    }
}
