using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// Shows the request a query sends when every value in its chain is known at compile time (SERP150).
/// </summary>
/// <remarks>
/// An analyzer of its own because the preview is information: a command-line build skips an analyzer whose every
/// diagnostic is info or hidden, so builds do not pay for previews nobody sees, while the IDE still shows them.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SerpstatQueryPreviewAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.QueryPreview);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (SerpstatSymbols.From(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterOperationAction(
                c =>
                {
                    var invocation = (IInvocationOperation)c.Operation;
                    Preview(c, invocation, invocation.TargetMethod, invocation.Arguments, symbols);
                },
                OperationKind.Invocation);
            start.RegisterOperationAction(
                c =>
                {
                    var creation = (IObjectCreationOperation)c.Operation;
                    if (creation.Constructor is { } constructor)
                    {
                        Preview(c, creation, constructor, creation.Arguments, symbols);
                    }
                },
                OperationKind.ObjectCreation);
        });
    }

    private static void Preview(
        OperationAnalysisContext context,
        IOperation start,
        IMethodSymbol method,
        ImmutableArray<IArgumentOperation> arguments,
        SerpstatSymbols symbols)
    {
        // The method class first: it is cached per type and rules out every call that is not the library's.
        if (symbols.MethodClassOf(method) is null || !QueryChain.IsStart(method, symbols))
        {
            return;
        }

        // The checks are reported by the query analyzer; here they only tell whether the runtime would refuse.
        var refused = ParamChecks.Check(method, arguments, symbols, static _ => { });
        if (QueryChain.Preview(start, method, arguments, refused, symbols) is { } preview)
        {
            context.ReportDiagnostic(preview);
        }
    }
}
