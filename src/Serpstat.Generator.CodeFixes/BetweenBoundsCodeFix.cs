using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.CodeFixes;

/// <summary>SERP104: swaps the values bound to a between condition's <c>from</c> and <c>to</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BetweenBoundsCodeFix))]
[Shared]
public sealed class BetweenBoundsCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.BetweenBoundsReversed.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];

        // The diagnostic carries the values bound to from and to; swapping them keeps any names as written.
        var bounds = diagnostic.AdditionalLocations
            .Select(location => root?.FindNode(location.SourceSpan, getInnermostNodeForTie: true))
            .OfType<ExpressionSyntax>()
            .ToList();
        if (root is null || bounds.Count != 2)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Swap the bounds",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNodes(
                    bounds,
                    (original, _) => (original == bounds[0] ? bounds[1] : bounds[0]).WithTriviaFrom(original)))),
                equivalenceKey: nameof(BetweenBoundsCodeFix)),
            diagnostic);
    }
}
