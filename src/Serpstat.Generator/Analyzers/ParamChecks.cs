using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Serpstat.Generator.Diagnostics;
using Serpstat.Protocol;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// Checks constant request params against <c>[SerpstatParam]</c>: numbers within their range, and the query against
/// what the search type (its <c>[SerpstatQueryKind]</c>) requires.
/// </summary>
internal static class ParamChecks
{
    /// <returns>Whether an error was reported: the runtime would throw on these arguments.</returns>
    public static bool Check(
        IMethodSymbol method,
        ImmutableArray<IArgumentOperation> arguments,
        SerpstatSymbols symbols,
        Action<Diagnostic> report)
    {
        var refused = false;
        void Report(Diagnostic diagnostic)
        {
            refused |= diagnostic.Severity == DiagnosticSeverity.Error;
            report(diagnostic);
        }

        if (symbols.ParamOf(method) is { HasRange: true } facts && arguments.Length == 1)
        {
            CheckRange(facts, arguments[0], Report);
        }

        var query = arguments.FirstOrDefault(a => Role(a, symbols) == "query");
        var searchType = arguments.FirstOrDefault(a => Role(a, symbols) == "searchType");
        if (query?.Value.ConstantValue.Value is string text
            && searchType is not null
            && SerpstatSymbols.EnumMember(searchType.Value.Type, searchType.Value.ConstantValue.Value) is { } member
            && searchType.Value.ConstantValue.HasValue)
        {
            CheckQuery(text, member, symbols.QueryKindOf(member), query.Value.Syntax.GetLocation(), Report);
        }

        return refused;
    }

    /// <summary>
    /// Whether a constant integer param is within its range (the chain's row cap needs both in range).
    /// </summary>
    public static bool InRange(ParamFacts facts, long value) => value >= facts.Minimum && value <= facts.Maximum;

    private static void CheckRange(ParamFacts facts, IArgumentOperation argument, Action<Diagnostic> report)
    {
        if (ConstantValues.Integer(argument.Value) is { } value && !InRange(facts, value))
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.ParamOutOfRange,
                argument.Value.Syntax.GetLocation(),
                facts.Wire,
                facts.DescribeRange(),
                value));
        }
    }

    private static void CheckQuery(
        string query,
        IFieldSymbol searchType,
        string? kind,
        Location location,
        Action<Diagnostic> report)
    {
        var name = searchType.ContainingType.Name + "." + searchType.Name;
        if (kind == QueryText.DomainKind && QueryText.DomainProblem(query) is { } problem)
        {
            report(Diagnostic.Create(
                DiagnosticDescriptors.QueryNotDomain,
                location,
                name,
                query,
                problem,
                QueryText.Suggestion(query)));
        }
        else if (kind == QueryText.UrlKind && !QueryText.IsUrl(query))
        {
            report(Diagnostic.Create(DiagnosticDescriptors.QueryNotUrl, location, name, query));
        }
    }

    private static string? Role(IArgumentOperation argument, SerpstatSymbols symbols) =>
        argument.Parameter is null ? null : symbols.ParamOf(argument.Parameter)?.Role;
}
