using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Serpstat.Filtering;
using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// A fluent chain that starts at a query factory (<c>GetOutlinks.Query(...)</c> or <c>new GetOutlinks.Request(...)</c>)
/// and goes on through the request's <c>[SerpstatParam]</c> members. Checked, it reports the row cap as the runtime
/// checks it after each page or size call, and filters that its Where calls only refuse together; previewed, it
/// shows the request body the chain builds when every value is known.
/// </summary>
internal sealed class QueryChain
{
    private const string ComplexFilterRole = "complexFilter";

    private readonly SerpstatSymbols symbols;
    private readonly Action<Diagnostic>? report;
    private readonly Dictionary<string, string> optional = new();
    private ComplexFilter? filter;
    private IOperation? unreadFilter;
    private bool allKnown = true;

    /// <param name="report">Null when previewing: the checks' diagnostics then belong to the other analyzer.</param>
    private QueryChain(SerpstatSymbols symbols, Action<Diagnostic>? report)
    {
        this.symbols = symbols;
        this.report = report;
    }

    private bool Previewing => report is null;

    /// <summary>
    /// Whether <paramref name="method"/> starts a query: every parameter carries <c>[SerpstatParam]</c>.
    /// </summary>
    public static bool IsStart(IMethodSymbol method, SerpstatSymbols symbols) =>
        method.Parameters.Length > 0
        && method.Parameters.All(p => symbols.ParamOf(p) is not null)
        && (method.MethodKind == MethodKind.Constructor || method.IsStatic)
        && symbols.MethodClassOf(method) is not null;

    /// <summary>
    /// Reports what the runtime would refuse along the chain: the row cap, and filters that add up too far.
    /// </summary>
    public static void Check(IOperation start, IMethodSymbol method, SerpstatSymbols symbols, Action<Diagnostic> report)
    {
        if (symbols.MethodClassOf(method) is { } methodClass && symbols.MethodFacts(methodClass) is { } facts)
        {
            new QueryChain(symbols, report).Follow(start, RequestType(method), facts);
        }
    }

    /// <summary>The request body the chain sends, as SERP150; null when any part is unknown or refused.</summary>
    /// <param name="refused">
    /// Whether the start's own arguments got an error: the runtime throws, nothing is sent.
    /// </param>
    public static Diagnostic? Preview(
        IOperation start,
        IMethodSymbol method,
        ImmutableArray<IArgumentOperation> arguments,
        bool refused,
        SerpstatSymbols symbols)
    {
        if (refused || symbols.MethodClassOf(method) is not { } methodClass
            || symbols.MethodFacts(methodClass) is not { } facts)
        {
            return null;
        }

        var requestType = RequestType(method);
        var chain = new QueryChain(symbols, report: null);
        // Required params in the order the factory declares them, which is the schema order the runtime writes.
        var required = Arguments.InParameterOrder(arguments)
            .Select(a => new KeyValuePair<string, string?>(symbols.ParamOf(a.Parameter!)!.Wire, chain.Json(a.Value)))
            .ToList();
        chain.Follow(start, requestType, facts);
        if (!chain.allKnown || required.Any(p => p.Value is null))
        {
            return null;
        }

        var ordered = symbols.ParamsOf(requestType)
            .Select(p => p.Wire)
            .Where(chain.optional.ContainsKey)
            .Distinct()
            .Select(wire => new KeyValuePair<string, string>(wire, chain.optional[wire]));
        var known = required.Select(p => new KeyValuePair<string, string>(p.Key, p.Value!));
        var body = PreviewJson.Request(facts.Method, known.Concat(ordered));
        return Diagnostic.Create(DiagnosticDescriptors.QueryPreview, ConditionCall.NameOf(start.Syntax), body);
    }

    private static ITypeSymbol RequestType(IMethodSymbol start) =>
        start.MethodKind == MethodKind.Constructor ? start.ContainingType : start.ReturnType;

    /// <summary>Walks up the calls made on the request, in the order they run.</summary>
    private void Follow(IOperation start, ITypeSymbol requestType, (string Method, long MaxRows) facts)
    {
        long? page = null;
        long? size = DefaultSize(requestType);
        var reported = false;
        for (var current = start;
             current.Parent is IInvocationOperation call && call.Instance == current;
             current = call)
        {
            if (!SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, requestType)
                || symbols.ParamOf(call.TargetMethod) is not { } param || call.Arguments.Length != 1)
            {
                return;
            }

            var argument = call.Arguments[0];
            if (param.Role == ComplexFilterRole)
            {
                AddFilter(argument.Value, param.Wire);
                continue;
            }

            if (Previewing)
            {
                optional[param.Wire] = Json(argument.Value) ?? Unknown();
            }

            var value = ConstantValues.Integer(argument.Value);
            var usable = value is { } v && ParamChecks.InRange(param, v) ? value : null;
            if (value is not null && usable is null)
            {
                // The runtime throws before sending: there is no request to show.
                Unknown();
            }

            if (param.Role == "page")
            {
                page = usable;
            }
            else if (param.Role == "size")
            {
                size = usable;
            }
            else
            {
                continue;
            }

            if (!reported && facts.MaxRows > 0 && page * size > facts.MaxRows)
            {
                // The runtime throws at this call, so there is no request to show either.
                reported = true;
                Unknown();
                report?.Invoke(Diagnostic.Create(
                    DiagnosticDescriptors.RowCapExceeded,
                    argument.Value.Syntax.GetLocation(),
                    page,
                    size,
                    page * size,
                    facts.MaxRows,
                    facts.Method));
            }
        }
    }

    /// <summary>The size the API applies when none is sent, as the runtime's row-cap check assumes.</summary>
    private long? DefaultSize(ITypeSymbol requestType)
    {
        foreach (var param in symbols.ParamsOf(requestType))
        {
            if (param.Role == "size")
            {
                return long.TryParse(param.Default, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                    ? value
                    : null;
            }
        }

        return null;
    }

    private void AddFilter(IOperation lambda, string wire)
    {
        // A check needs a filter only once a second Where could combine with it; most chains have one Where.
        if (!Previewing && filter is null && unreadFilter is null)
        {
            unreadFilter = lambda;
            return;
        }

        if (unreadFilter is not null)
        {
            filter = FilterExpression.Read(unreadFilter, symbols, report: null);
            unreadFilter = null;
        }

        var added = FilterExpression.Read(lambda, symbols, report: null);
        if (added is null)
        {
            Unknown();
            return;
        }

        try
        {
            // Several Where calls AND together, as the runtime's ComplexFilter.And does.
            filter = filter is null ? added : FilterNormalizer.Combine(filter, added);
        }
        catch (SerpstatFilterException exception)
        {
            // The runtime throws at this Where: the filters ANDed together expand past what it sends.
            report?.Invoke(FilterExpression.TooLarge(lambda, exception));
            Unknown();
            return;
        }

        if (Previewing)
        {
            optional[wire] = PreviewJson.Filter(filter);
        }
    }

    /// <summary>A constant param value as JSON; null when it is not known at compile time.</summary>
    private string? Json(IOperation value)
    {
        if (!value.ConstantValue.HasValue)
        {
            return null;
        }

        var constant = value.ConstantValue.Value;
        if (value.Type?.TypeKind == TypeKind.Enum)
        {
            return symbols.WireValueOf(value.Type, constant) switch
            {
                string text => PreviewJson.Quote(text),
                long number => PreviewJson.Number(number),
                _ => null,
            };
        }

        return constant switch
        {
            string text => PreviewJson.Quote(text),
            _ when ConstantValues.Integer(value) is { } number => PreviewJson.Number(number),
            _ => null,
        };
    }

    private string Unknown()
    {
        allKnown = false;
        return string.Empty;
    }
}
