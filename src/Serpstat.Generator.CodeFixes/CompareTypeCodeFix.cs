using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Serpstat.Generator.Analyzers;
using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.CodeFixes;

/// <summary>SERP101: offers each compare type the field allows in place of the one written or cast.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CompareTypeCodeFix))]
[Shared]
public sealed class CompareTypeCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.CompareTypeNotAllowed.Id);

    /// <inheritdoc />
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);

        // The typed form reports on the method name; the string-keyed form on CompareType.X or on (CompareType)77.
        ExpressionSyntax? written = node switch
        {
            SimpleNameSyntax simple => simple,
            MemberAccessExpressionSyntax access => access.Name,
            CastExpressionSyntax cast => cast,
            _ => null,
        };
        if (root is null || written is null
            || !diagnostic.Properties.TryGetValue(ConditionChecks.AllowedProperty, out var allowed) || allowed is null)
        {
            return;
        }

        foreach (var replacement in allowed.Split(','))
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use " + replacement,
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(
                        written,
                        Named(written, replacement).WithTriviaFrom(written)))),
                    equivalenceKey: nameof(CompareTypeCodeFix) + "." + replacement),
                diagnostic);
        }
    }

    /// <summary>The compare type <paramref name="name"/>, qualified as the cast it replaces names the enum.</summary>
    private static ExpressionSyntax Named(ExpressionSyntax written, string name) =>
        written is CastExpressionSyntax cast
            ? SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                cast.Type.WithoutTrivia(),
                SyntaxFactory.IdentifierName(name))
            : SyntaxFactory.IdentifierName(name);
}
