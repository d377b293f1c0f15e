using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Serpstat.Generator.Diagnostics;
using Serpstat.Protocol;

namespace Serpstat.Generator.CodeFixes;

/// <summary>
/// SERP107: writes the bare domain in place of a query literal with a scheme, a path or a trailing slash.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DomainQueryCodeFix))]
[Shared]
public sealed class DomainQueryCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.QueryNotDomain.Id);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];

        // Only a literal written in place can be rewritten; a constant declared elsewhere may have other users.
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                is not LiteralExpressionSyntax literal
            || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return;
        }

        // Offer only a domain that would itself pass: nothing to offer for an empty query or one with spaces.
        var domain = QueryText.BareDomain(literal.Token.ValueText);
        if (domain.Length == 0 || QueryText.DomainProblem(domain) is not null)
        {
            return;
        }

        var title = $"Use '{domain}'";
        context.RegisterCodeFix(
            CodeAction.Create(
                title,
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(
                    literal,
                    SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(domain))
                        .WithTriviaFrom(literal)))),
                equivalenceKey: nameof(DomainQueryCodeFix)),
            diagnostic);
    }
}
