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

/// <summary>SERP101: offers each compare type the field allows in place of the one written.</summary>
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

        // The typed form reports on the method name; the string-keyed form on CompareType.X.
        var name = node switch
        {
            SimpleNameSyntax simple => simple,
            MemberAccessExpressionSyntax access => access.Name,
            _ => null,
        };
        if (root is null || name is null
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
                        name,
                        SyntaxFactory.IdentifierName(replacement).WithTriviaFrom(name)))),
                    equivalenceKey: nameof(CompareTypeCodeFix) + "." + replacement),
                diagnostic);
        }
    }
}
