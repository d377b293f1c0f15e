using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Serpstat.Generator.Tests.Generation;

/// <summary>
/// Runs the generator over the real schema and consumer code in memory, with the .NET 10 reference assemblies and
/// the runtime library, and compiles the result as a consumer's build would.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly string RealSchemaPath =
        Path.Combine(AppContext.BaseDirectory, "schema", "SerpstatBacklinksProcedure.getOutlinks.serpstat.json");

    public static string RealSchema => File.ReadAllText(RealSchemaPath);

    /// <summary>What every SDK project suppresses by default: reference version unification notes.</summary>
    private static readonly Dictionary<string, ReportDiagnostic> SdkDefaultNoWarn = new()
    {
        ["CS1701"] = ReportDiagnostic.Suppress,
        ["CS1702"] = ReportDiagnostic.Suppress,
    };

    public static IEnumerable<MetadataReference> References => ConsumerReferences.For(ConsumerFramework.Net100);

    /// <summary>The runtime library, as built beside the tests.</summary>
    public static string RuntimeAssemblyPath => Path.Combine(AppContext.BaseDirectory, "Serpstat.Runtime.dll");

    /// <summary>The global usings an SDK project with ImplicitUsings enabled adds.</summary>
    private const string ImplicitUsings = @"
global using global::System;
global using global::System.Collections.Generic;
global using global::System.IO;
global using global::System.Linq;
global using global::System.Net.Http;
global using global::System.Threading;
global using global::System.Threading.Tasks;
";

    public static GeneratorRun Run(
        string consumerSource,
        LanguageVersion languageVersion = LanguageVersion.Latest,
        NullableContextOptions nullable = NullableContextOptions.Enable,
        ConsumerFramework framework = ConsumerFramework.Net100,
        bool implicitUsings = false,
        params (string Path, string Text)[] schemas)
    {
        var parseOptions = new CSharpParseOptions(languageVersion, DocumentationMode.Diagnose);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(consumerSource, parseOptions, "Consumer.cs") };
        if (implicitUsings)
        {
            trees.Add(CSharpSyntaxTree.ParseText(ImplicitUsings, parseOptions, "Consumer.GlobalUsings.g.cs"));
        }

        var compilation = CSharpCompilation.Create(
            "Consumer",
            trees,
            ConsumerReferences.For(framework),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: nullable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                warningLevel: 9999,
                specificDiagnosticOptions: SdkDefaultNoWarn));
        var files = schemas.Length == 0 ? new[] { (RealSchemaPath, RealSchema) } : schemas;
        var driver = CSharpGeneratorDriver.Create(
            new[] { new SerpstatGenerator().AsSourceGenerator() },
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Item1, f.Item2)),
            parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(output, generatorDiagnostics, driver.RunGenerators(compilation).GetRunResult());
    }

    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly string text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            this.text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}

internal sealed record GeneratorRun(
    Compilation Output,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    GeneratorDriverRunResult Result)
{
    /// <summary>Every diagnostic of the compiled consumer, generator diagnostics included.</summary>
    public IReadOnlyList<Diagnostic> AllDiagnostics =>
        GeneratorDiagnostics.Concat(Output.GetDiagnostics())
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .ToList();
}
