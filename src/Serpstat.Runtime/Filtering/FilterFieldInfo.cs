using System;
using System.Collections.Generic;

namespace Serpstat.Filtering;

/// <summary>
/// What the schema says about one filterable field: its wire name, value kind, allowed compare types and, where the
/// API lists them, its values. Generated code creates one per field; conditions carry it so that they can be
/// checked, negated and evaluated without the schema.
/// </summary>
public sealed partial class FilterFieldInfo
{
    /// <summary>Describes a field.</summary>
    /// <param name="wireName">The field name on the wire, such as <c>links_external</c>.</param>
    /// <param name="kind">The kind of value the field compares.</param>
    /// <param name="allowed">The compare types the API accepts for the field.</param>
    /// <param name="dateFormat">For date fields: <c>DD.MM.YYYY</c> or <c>YYYY-MM-DD</c>.</param>
    /// <param name="values">For enum fields: the wire spelling of every allowed value.</param>
    public FilterFieldInfo(
        string wireName,
        FilterValueKind kind,
        CompareTypes allowed,
        string? dateFormat = null,
        IReadOnlyList<string>? values = null)
    {
        WireName = wireName ?? throw new ArgumentNullException(nameof(wireName));
        Kind = kind;
        Allowed = allowed;
        DateFormat = kind == FilterValueKind.Date
            ? FilterDates.CheckFormat(dateFormat)
            : dateFormat;
        Values = values ?? Array.Empty<string>();
        OnCreated();
    }

    // The runtime encodes the wire name for its JSON writer here; the analyzers, which share this file, write none.
    partial void OnCreated();

    /// <summary>The field name on the wire.</summary>
    public string WireName { get; }

    /// <summary>The kind of value the field compares.</summary>
    public FilterValueKind Kind { get; }

    /// <summary>The compare types the API accepts for the field.</summary>
    public CompareTypes Allowed { get; }

    /// <summary>For date fields, the wire date format; otherwise null.</summary>
    public string? DateFormat { get; }

    /// <summary>For enum fields, the allowed values; otherwise empty.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Whether the field accepts <paramref name="compareType"/>.</summary>
    public bool Allows(CompareType compareType) => CompareTypeNames.Contains(Allowed, compareType);

    /// <inheritdoc />
    public override string ToString() => WireName;
}
