namespace Serpstat.Generator.Model;

/// <summary>The <c>result</c> of a successful call.</summary>
internal sealed record ResponseModel(DataModel Data, SummaryModel? Summary);

/// <summary>The <c>data</c> member: an array of rows or a single object.</summary>
/// <param name="Name">The C# name of the row type.</param>
internal sealed record DataModel(
    DataShape Shape,
    string Name,
    string? Description,
    EquatableArray<ResponseFieldModel> Fields);

internal enum DataShape
{
    Array,
    Object,
}

/// <summary>The <c>summary_info</c> object and where the API puts it.</summary>
internal sealed record SummaryModel(SummaryLocation Location, EquatableArray<ResponseFieldModel> Fields);

internal enum SummaryLocation
{
    /// <summary>Inside <c>result</c>, beside <c>data</c> (most methods).</summary>
    Result,

    /// <summary>Beside <c>result</c> at the top of the envelope (getDistributionTLD).</summary>
    Root,
}

/// <summary>One member of a response object.</summary>
/// <param name="Required">When true, a row without this member is a format error rather than a null.</param>
/// <param name="Nullable">When true, the API may send JSON null.</param>
/// <param name="Separator">For flags fields, the text between values.</param>
/// <param name="Role">For summary fields: total, count, leftLines or page; otherwise None.</param>
/// <param name="TypeName">For enum and flags fields, the C# name of the generated enum; otherwise null.</param>
internal sealed record ResponseFieldModel(
    string Wire,
    string Name,
    ResponseFieldType Type,
    bool Required,
    bool Nullable,
    string? Separator,
    SummaryRole Role,
    string? Description,
    string? TypeName,
    EquatableArray<EnumValueModel> Values);

internal enum ResponseFieldType
{
    String,
    Integer,
    Number,
    Boolean,
    DateTime,
    Enum,
    Flags,
    StringArray,
}

internal enum SummaryRole
{
    None,
    Page,
    Total,
    Count,
    LeftLines,
}
