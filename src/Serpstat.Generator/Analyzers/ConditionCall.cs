using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Serpstat.Filtering;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// One filter condition as the code writes it, in either form the library offers: a typed field method
/// (<c>f.LinksExternal.Between(1, 500)</c>) or the string-keyed <c>f.Condition("links_external", ...)</c>.
/// </summary>
internal sealed class ConditionCall
{
    private ConditionCall(
        IInvocationOperation invocation,
        FilterFieldInfo? field,
        string? fieldName,
        CompareType? compareType,
        string? notACompareType,
        IReadOnlyList<FilterValue>? values,
        IReadOnlyList<FilterFieldInfo>? knownFields)
    {
        Invocation = invocation;
        KnownFields = knownFields;
        Field = field;
        FieldName = fieldName;
        CompareType = compareType;
        NotACompareType = notACompareType;
        Values = values;
    }

    public IInvocationOperation Invocation { get; }

    /// <summary>The field; null when the string-keyed form names an unknown or non-constant field.</summary>
    public FilterFieldInfo? Field { get; }

    /// <summary>The constant field name of the string-keyed form; null for the typed form.</summary>
    public string? FieldName { get; }

    /// <summary>The compare type; null when it is not known at compile time or names none.</summary>
    public CompareType? CompareType { get; }

    /// <summary>A constant such as <c>(CompareType)77</c> that names no compare type, as its number.</summary>
    public string? NotACompareType { get; }

    /// <summary>The values; null when their number is not known at compile time.</summary>
    public IReadOnlyList<FilterValue>? Values { get; }

    /// <summary>Whether the call is the string-keyed <c>Condition</c> form.</summary>
    public bool IsStringKeyed => KnownFields is not null;

    /// <summary>For the string-keyed form, every field the method has.</summary>
    public IReadOnlyList<FilterFieldInfo>? KnownFields { get; }

    /// <summary>The method name token: where a call-wide problem is reported.</summary>
    public Location NameLocation => NameOf(Invocation.Syntax);

    /// <summary>Where the compare type is written: the method name, or the string-keyed form's argument.</summary>
    public Location CompareTypeLocation =>
        IsStringKeyed ? Argument(CompareTypeOrdinal)!.Value.Syntax.GetLocation() : NameLocation;

    /// <summary>The string-keyed form's parameters: field, compare type, values.</summary>
    public const int FieldOrdinal = 0;
    public const int CompareTypeOrdinal = 1;
    public const int ValuesOrdinal = 2;

    /// <summary>The argument bound to the parameter at <paramref name="ordinal"/>, however the call names it.</summary>
    public IArgumentOperation? Argument(int ordinal) => Arguments.For(Invocation.Arguments, ordinal);

    /// <summary>Reads a condition call, or returns null when the invocation is not one of the library's.</summary>
    public static ConditionCall? Read(IInvocationOperation invocation, SerpstatSymbols symbols)
    {
        var method = invocation.TargetMethod;
        if (symbols.FieldOf(method.ContainingType) is { } field)
        {
            var values = ReadValues(Arguments.InParameterOrder(invocation.Arguments), symbols);
            return Enum.TryParse<CompareType>(method.Name, out var compareType)
                ? new ConditionCall(invocation, field, null, compareType, null, values, null)
                : null;
        }

        if (!IsStringKeyedCondition(method, symbols))
        {
            return null;
        }

        var arguments = invocation.Arguments;
        var name = Arguments.For(arguments, FieldOrdinal)?.Value.ConstantValue.Value as string;
        var compareTypeValue = Arguments.For(arguments, CompareTypeOrdinal)?.Value;
        var valuesArgument = Arguments.For(arguments, ValuesOrdinal);
        var fields = symbols.FieldsOf(method.ContainingType);
        return new ConditionCall(
            invocation,
            fields.FirstOrDefault(f => f.WireName == name),
            name,
            compareTypeValue is null ? null : symbols.CompareTypeOf(compareTypeValue),
            compareTypeValue is null ? null : symbols.NotACompareType(compareTypeValue),
            valuesArgument is null ? null : ReadValues(new[] { valuesArgument }, symbols),
            fields);
    }

    /// <summary>
    /// The string-keyed form: <c>Condition(string field, CompareType compareType, params string[] values)</c> of a
    /// type marked <c>[SerpstatFilterFields]</c>.
    /// </summary>
    public static bool IsStringKeyedCondition(IMethodSymbol method, SerpstatSymbols symbols) =>
        SerpstatSymbols.Find(method.ContainingType, symbols.FilterFieldsAttribute) is not null
        && method.Parameters.Length == 3
        && method.Parameters[0].Type.SpecialType == SpecialType.System_String
        && SymbolEqualityComparer.Default.Equals(method.Parameters[1].Type, symbols.CompareType)
        && method.Parameters[2].IsParams;

    /// <summary>The name token of a call such as <c>a.b.Name(...)</c>.</summary>
    public static Location NameOf(SyntaxNode call) =>
        call is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }
            ? access.Name.GetLocation()
            : call.GetLocation();

    private static IReadOnlyList<FilterValue>? ReadValues(
        IEnumerable<IArgumentOperation> arguments,
        SerpstatSymbols symbols)
    {
        var values = new List<FilterValue>();
        foreach (var argument in arguments)
        {
            var elements = ConstantValues.Elements(argument);
            if (elements is null)
            {
                return null;
            }

            foreach (var element in elements)
            {
                values.Add(ConstantValues.Read(element, symbols));
            }
        }

        return values;
    }
}
