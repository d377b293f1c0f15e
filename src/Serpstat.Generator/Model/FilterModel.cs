namespace Serpstat.Generator.Model;

/// <summary>The fields a method's <c>complexFilter</c> accepts, and its quick filters.</summary>
internal sealed record FilterModel(
    EquatableArray<FilterFieldModel> Fields,
    EquatableArray<QuickFilterModel> QuickFilters);

/// <summary>One filterable field.</summary>
/// <param name="Wire">The field name on the wire, such as <c>links_external</c>.</param>
/// <param name="CompareTypes">The wire names of the compare types the field allows, in schema order.</param>
/// <param name="DateFormat">For date fields, <c>DD.MM.YYYY</c> or <c>YYYY-MM-DD</c>.</param>
/// <param name="TypeName">For enum fields, the C# name of the generated value enum; otherwise null.</param>
/// <param name="Values">For enum fields, the allowed values.</param>
/// <param name="ResponseField">The wire name of the data field that holds this field's value in rows, if any.</param>
internal sealed record FilterFieldModel(
    string Wire,
    string Name,
    FilterFieldKind Kind,
    EquatableArray<string> CompareTypes,
    string? DateFormat,
    string? Description,
    string? TypeName,
    EquatableArray<EnumValueModel> Values,
    string? ResponseField = null);

internal enum FilterFieldKind
{
    Text,
    Integer,
    Number,
    Date,
    Enum,
}

/// <summary>A named quick filter, sent as <c>{"additional_filters": "name"}</c> inside an AND group.</summary>
internal sealed record QuickFilterModel(string Wire, string Name, string? Description);
