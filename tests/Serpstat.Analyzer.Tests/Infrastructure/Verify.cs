using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Serpstat.Generator.Analyzers;

namespace Serpstat.Analyzer.Tests.Infrastructure;

/// <summary>
/// The Roslyn testing harness set up for this library: the generated client added as sources, references from
/// Basic.Reference.Assemblies (no package download), both query analyzers, and the query preview (SERP150) left out
/// unless asked for.
/// </summary>
internal static class Verify
{
    /// <summary>
    /// Checks that <paramref name="markup"/> gets exactly the diagnostics its <c>{|SERPnnn:...|}</c> spans mark.
    /// Compiler errors are expected in the markup too (<c>{|CS1061:...|}</c>).
    /// </summary>
    public static Task Analyzer(string markup, params DiagnosticResult[] expected) =>
        Analyzer(markup, withPreview: false, expected);

    public static Task Analyzer(string markup, bool withPreview, params DiagnosticResult[] expected)
    {
        var test = new QueryAnalyzersTest { TestCode = markup };
        Configure(test, withPreview);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Applies the fix with <paramref name="equivalenceKey"/>, checks its title, and compares the code after it with
    /// <paramref name="fixedMarkup"/>.
    /// </summary>
    public static Task Fix<TFix>(string markup, string fixedMarkup, string equivalenceKey, string title)
        where TFix : CodeFixProvider, new()
    {
        var test = new QueryAnalyzersFixTest<TFix>
        {
            TestCode = markup,
            FixedCode = fixedMarkup,
            CodeActionEquivalenceKey = equivalenceKey,
            CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title),
        };
        Configure(test, withPreview: false);
        return test.RunAsync();
    }

    /// <summary>
    /// The diagnostic <paramref name="id"/> at markup location <c>{|#0:...|}</c>, with this exact message.
    /// </summary>
    public static DiagnosticResult Expect(string id, string message, int location = 0) =>
        new DiagnosticResult(Serpstat.Generator.Diagnostics.DiagnosticDescriptors.QueryRules.Single(d => d.Id == id))
            .WithLocation(location)
            .WithMessage(message);

    /// <summary>The compiler's own error at markup location <paramref name="location"/>, message unchecked.</summary>
    public static DiagnosticResult Compiler(string id, int location = 0) =>
        DiagnosticResult.CompilerError(id).WithLocation(location);

    private static void Configure<TTest>(TTest test, bool withPreview)
        where TTest : AnalyzerTest<DefaultVerifier>
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(GeneratedClient.References);
        foreach (var (hintName, source) in GeneratedClient.Sources)
        {
            test.TestState.Sources.Add(("/0/Generated/" + hintName, source));
        }

        if (test is CodeFixTest<DefaultVerifier> fix)
        {
            foreach (var (hintName, source) in GeneratedClient.Sources)
            {
                fix.FixedState.Sources.Add(("/0/Generated/" + hintName, source));
            }

        }

        if (!withPreview)
        {
            test.DisabledDiagnostics.Add("SERP150");
        }
    }

    private static readonly ImmutableArray<DiagnosticAnalyzer> QueryAnalyzers =
        [new SerpstatQueryAnalyzer(), new SerpstatQueryPreviewAnalyzer()];

    private sealed class QueryAnalyzersTest : CSharpAnalyzerTest<SerpstatQueryAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => QueryAnalyzers;
    }

    private sealed class QueryAnalyzersFixTest<TFix> : CSharpCodeFixTest<SerpstatQueryAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => QueryAnalyzers;
    }
}
