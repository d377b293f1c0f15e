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

/// <summary>SERP104: swaps the two bounds of a between condition.</summary>
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
        var span = diagnostic.Location.SourceSpan;

        // The diagnostic spans exactly the two bounds, whether they are arguments or params-array elements.
        var bounds = root?.FindToken(span.Start).Parent?.AncestorsAndSelf()
            .OfType<ArgumentListSyntax>()
            .Select(list => list.Arguments.Where(a => span.Contains(a.Span)).ToList())
            .FirstOrDefault(found => found.Count == 2);
        if (root is null || bounds is null)
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
