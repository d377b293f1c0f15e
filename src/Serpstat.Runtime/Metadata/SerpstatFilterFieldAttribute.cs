using System;
using System.ComponentModel;
using Serpstat.Filtering;

namespace Serpstat.Metadata;

/// <summary>
/// Marks the generated type of one filter field with what the schema says of it, so that the analyzers check
/// compare types and constant values against the schema.
/// </summary>
[AttributeUsage(AttributeTargets.Struct | AttributeTargets.Class, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SerpstatFilterFieldAttribute : Attribute
{
    /// <summary>Marks the type of the field <paramref name="wireName"/>.</summary>
    public SerpstatFilterFieldAttribute(string wireName, FilterValueKind kind, CompareTypes allowed)
    {
        WireName = wireName;
        Kind = kind;
        Allowed = allowed;
    }

    /// <summary>The field's wire name.</summary>
    public string WireName { get; }

    /// <summary>The kind of value the field compares.</summary>
    public FilterValueKind Kind { get; }

    /// <summary>The compare types the field allows.</summary>
    public CompareTypes Allowed { get; }

    /// <summary>For date fields, the wire date format.</summary>
    public string? DateFormat { get; set; }

    /// <summary>For enum fields, the allowed wire values.</summary>
    public string[]? Values { get; set; }
}
