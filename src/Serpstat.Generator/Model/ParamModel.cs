namespace Serpstat.Generator.Model;

/// <summary>One member of the request's <c>params</c> object.</summary>
/// <param name="Wire">The exact wire name, such as <c>searchType</c>.</param>
/// <param name="Name">The C# property name.</param>
/// <param name="TypeName">For enum params, the C# name of the generated enum; otherwise null.</param>
/// <param name="DefaultJson">
/// The API's default as JSON text (<c>1</c>, <c>"desc"</c>), documented but never sent.
/// </param>
internal sealed record ParamModel(
    string Wire,
    string Name,
    ParamType Type,
    ParamRole Role,
    bool Required,
    string? DefaultJson,
    long? Minimum,
    long? Maximum,
    string? Description,
    string? TypeName,
    EquatableArray<EnumValueModel> Values);

internal enum ParamType
{
    String,
    Integer,
    Boolean,
    Enum,
    StringArray,
    ComplexFilter,
}

/// <summary>What a param means to the library beyond its value: paging, checks and the DSL rely on these.</summary>
internal enum ParamRole
{
    None,
    Query,
    SearchType,
    Sort,
    Order,
    Page,
    Size,
    ComplexFilter,
}
