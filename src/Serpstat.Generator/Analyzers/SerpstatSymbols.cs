using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Serpstat.Filtering;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// The runtime's marker attributes and filter types in one compilation. The analyzers recognise the library's API
/// only through these symbols, never by a method's name, and read every schema fact from the attributes.
/// </summary>
/// <remarks>
/// The facts are read once per symbol and kept for the compilation: every invocation asks for its method class, and
/// thousands of queries ask again for the same few fields and params.
/// </remarks>
internal sealed class SerpstatSymbols
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, INamedTypeSymbol?> methodClasses =
        new(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<INamedTypeSymbol, (string Method, long MaxRows)?> methodFacts =
        new(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<ITypeSymbol, FilterFieldInfo?> fields = new(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<INamedTypeSymbol, IReadOnlyList<FilterFieldInfo>> fieldLists =
        new(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<ISymbol, ParamFacts?> parameters = new(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<ITypeSymbol, IReadOnlyList<ParamFacts>> memberParams =
        new(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<IFieldSymbol, string?> queryKinds = new(SymbolEqualityComparer.Default);

    private readonly Func<INamedTypeSymbol, INamedTypeSymbol?> findMethodClass;
    private readonly Func<INamedTypeSymbol, (string Method, long MaxRows)?> readMethodFacts;
    private readonly Func<ITypeSymbol, FilterFieldInfo?> readField;
    private readonly Func<INamedTypeSymbol, IReadOnlyList<FilterFieldInfo>> readFields;
    private readonly Func<ISymbol, ParamFacts?> readParam;
    private readonly Func<ITypeSymbol, IReadOnlyList<ParamFacts>> readMemberParams;
    private readonly Func<IFieldSymbol, string?> readQueryKind;

    private SerpstatSymbols(Compilation compilation)
    {
        findMethodClass = FindMethodClass;
        readMethodFacts = ReadMethodFacts;
        readField = ReadField;
        readFields = ReadFields;
        readParam = ReadParam;
        readMemberParams = ReadMemberParams;
        readQueryKind = ReadQueryKind;
        MethodAttribute = compilation.GetTypeByMetadataName("Serpstat.Metadata.SerpstatMethodAttribute")!;
        ParamAttribute = compilation.GetTypeByMetadataName("Serpstat.Metadata.SerpstatParamAttribute")!;
        QueryKindAttribute = compilation.GetTypeByMetadataName("Serpstat.Metadata.SerpstatQueryKindAttribute")!;
        FilterFieldAttribute = compilation.GetTypeByMetadataName("Serpstat.Metadata.SerpstatFilterFieldAttribute")!;
        FilterFieldsAttribute = compilation.GetTypeByMetadataName("Serpstat.Metadata.SerpstatFilterFieldsAttribute")!;
        WireValueAttribute = compilation.GetTypeByMetadataName("Serpstat.Metadata.SerpstatWireValueAttribute");
        Filter = compilation.GetTypeByMetadataName("Serpstat.Filtering.Filter`1")!;
        CompareType = compilation.GetTypeByMetadataName("Serpstat.Filtering.CompareType")!;
    }

    public INamedTypeSymbol MethodAttribute { get; }

    public INamedTypeSymbol ParamAttribute { get; }

    public INamedTypeSymbol QueryKindAttribute { get; }

    public INamedTypeSymbol FilterFieldAttribute { get; }

    public INamedTypeSymbol FilterFieldsAttribute { get; }

    /// <summary>Null with a runtime older than the attribute; the preview then stays silent.</summary>
    public INamedTypeSymbol? WireValueAttribute { get; }

    public INamedTypeSymbol Filter { get; }

    public INamedTypeSymbol CompareType { get; }

    /// <summary>The symbols, or null when the compilation does not reference the runtime.</summary>
    public static SerpstatSymbols? From(Compilation compilation)
    {
        var symbols = new SerpstatSymbols(compilation);
        return symbols.MethodAttribute is null || symbols.ParamAttribute is null || symbols.QueryKindAttribute is null
               || symbols.FilterFieldAttribute is null || symbols.FilterFieldsAttribute is null
               || symbols.Filter is null || symbols.CompareType is null
            ? null
            : symbols;
    }

    public static AttributeData? Find(ISymbol symbol, INamedTypeSymbol attribute) =>
        symbol.GetAttributes().FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));

    /// <summary>The generated class of the API method that <paramref name="symbol"/> belongs to, if any.</summary>
    public INamedTypeSymbol? MethodClassOf(ISymbol symbol) =>
        (symbol as INamedTypeSymbol ?? symbol.ContainingType) is { } type
            ? methodClasses.GetOrAdd(type, findMethodClass)
            : null;

    /// <summary>The API method's wire name and row cap, from <c>[SerpstatMethod]</c>.</summary>
    public (string Method, long MaxRows)? MethodFacts(INamedTypeSymbol methodClass) =>
        methodFacts.GetOrAdd(methodClass, readMethodFacts);

    /// <summary>The filter field a generated field type stands for, from <c>[SerpstatFilterField]</c>.</summary>
    public FilterFieldInfo? FieldOf(ITypeSymbol? type) => type is null ? null : fields.GetOrAdd(type, readField);

    /// <summary>Every filter field of a generated filter-fields type, by wire name, in declaration order.</summary>
    public IReadOnlyList<FilterFieldInfo> FieldsOf(INamedTypeSymbol filterFields) =>
        fieldLists.GetOrAdd(filterFields, readFields);

    /// <summary>What <c>[SerpstatParam]</c> says of a member or parameter.</summary>
    public ParamFacts? ParamOf(ISymbol symbol) => parameters.GetOrAdd(symbol, readParam);

    /// <summary>The <c>[SerpstatParam]</c> facts of a request type's members, in declaration order.</summary>
    public IReadOnlyList<ParamFacts> ParamsOf(ITypeSymbol requestType) =>
        memberParams.GetOrAdd(requestType, readMemberParams);

    /// <summary>The enum member of <paramref name="enumType"/> whose value is <paramref name="constant"/>.</summary>
    public static IFieldSymbol? EnumMember(ITypeSymbol? enumType, object? constant) =>
        enumType?.TypeKind == TypeKind.Enum
            ? enumType.GetMembers()
                .OfType<IFieldSymbol>()
                .FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, constant))
            : null;

    /// <summary>The compare type a constant of the runtime's <c>CompareType</c> enum stands for.</summary>
    public CompareType? CompareTypeOf(IOperation value) =>
        value.ConstantValue.HasValue
        && EnumMember(CompareType, value.ConstantValue.Value) is { } member
        && Enum.TryParse<CompareType>(member.Name, out var compareType)
            ? compareType
            : null;

    /// <summary>
    /// The number of a constant of the runtime's <c>CompareType</c> enum that names no member, such as 77.
    /// </summary>
    public string? NotACompareType(IOperation value) =>
        value.ConstantValue is { HasValue: true, Value: IFormattable number }
        && SymbolEqualityComparer.Default.Equals(value.Type, CompareType)
        && EnumMember(CompareType, number) is null
            ? number.ToString(null, CultureInfo.InvariantCulture)
            : null;

    /// <summary><c>domain</c> or <c>url</c>: what a searchType value requires of the query.</summary>
    public string? QueryKindOf(IFieldSymbol member) => queryKinds.GetOrAdd(member, readQueryKind);

    /// <summary>
    /// What a constant of a generated enum is sent as: a <see cref="string"/> or a <see cref="long"/>; null when the
    /// value names no member or the member carries no <c>[SerpstatWireValue]</c>.
    /// </summary>
    public object? WireValueOf(ITypeSymbol? enumType, object? constant) =>
        WireValueAttribute is not null && EnumMember(enumType, constant) is { } member
            ? Find(member, WireValueAttribute)?.ConstructorArguments.FirstOrDefault().Value
            : null;

    private INamedTypeSymbol? FindMethodClass(INamedTypeSymbol start)
    {
        for (var type = start; type is not null; type = type.ContainingType)
        {
            if (Find(type, MethodAttribute) is not null)
            {
                return type;
            }
        }

        return null;
    }

    private (string Method, long MaxRows)? ReadMethodFacts(INamedTypeSymbol methodClass)
    {
        var attribute = Find(methodClass, MethodAttribute);
        if (attribute?.ConstructorArguments.FirstOrDefault().Value is not string method)
        {
            return null;
        }

        var maxRows = Named(attribute, "MaxRows") is long rows ? rows : 0;
        return (method, maxRows);
    }

    private FilterFieldInfo? ReadField(ITypeSymbol type)
    {
        var attribute = Find(type, FilterFieldAttribute);
        if (attribute is null || attribute.ConstructorArguments.Length != 3
            || attribute.ConstructorArguments[0].Value is not string wire
            || attribute.ConstructorArguments[1].Value is not int kind
            || attribute.ConstructorArguments[2].Value is not int allowed)
        {
            return null;
        }

        var values = Named(attribute, "Values") is TypedConstant[] listed
            ? listed.Select(v => v.Value as string).Where(v => v is not null).Select(v => v!).ToArray()
            : null;
        try
        {
            var dateFormat = Named(attribute, "DateFormat") as string;
            return new FilterFieldInfo(wire, (FilterValueKind)kind, (CompareTypes)allowed, dateFormat, values);
        }
        catch (ArgumentException)
        {
            // A date format this version does not know: no check is better than a wrong one.
            return null;
        }
    }

    private IReadOnlyList<ParamFacts> ReadMemberParams(ITypeSymbol requestType) =>
        requestType.GetMembers().Select(ParamOf).Where(p => p is not null).Select(p => p!).ToList();

    private string? ReadQueryKind(IFieldSymbol member) =>
        Find(member, QueryKindAttribute)?.ConstructorArguments.FirstOrDefault().Value as string;

    private IReadOnlyList<FilterFieldInfo> ReadFields(INamedTypeSymbol filterFields) =>
        filterFields.GetTypeMembers().Select(FieldOf).Where(f => f is not null).Select(f => f!).ToList();

    private ParamFacts? ReadParam(ISymbol symbol)
    {
        var attribute = Find(symbol, ParamAttribute);
        if (attribute?.ConstructorArguments.FirstOrDefault().Value is not string wire)
        {
            return null;
        }

        return new ParamFacts(
            wire,
            Named(attribute, "Role") as string ?? string.Empty,
            Named(attribute, "Minimum") is long min ? min : long.MinValue,
            Named(attribute, "Maximum") is long max ? max : long.MaxValue,
            Named(attribute, "Default") as string);
    }

    private static object? Named(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value.Kind == TypedConstantKind.Array ? pair.Value.Values.ToArray() : pair.Value.Value;
            }
        }

        return null;
    }
}

/// <summary>What <c>[SerpstatParam]</c> says of one request param.</summary>
/// <param name="Default">The API's default as JSON text, or null.</param>
internal sealed record ParamFacts(string Wire, string Role, long Minimum, long Maximum, string? Default)
{
    public bool HasRange => Minimum != long.MinValue || Maximum != long.MaxValue;

    /// <summary>The range in words: "from 1 to 1000", "at least 1".</summary>
    public string DescribeRange() =>
        Minimum != long.MinValue && Maximum != long.MaxValue ? $"from {Minimum} to {Maximum}"
        : Minimum != long.MinValue ? $"at least {Minimum}"
        : $"at most {Maximum}";
}
