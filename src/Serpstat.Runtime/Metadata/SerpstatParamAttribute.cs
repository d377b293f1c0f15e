using System;
using System.ComponentModel;

namespace Serpstat.Metadata;

/// <summary>
/// Marks a generated member that sets one request param (a fluent <c>With</c> method, or a parameter of the query
/// factory), with the limits the schema gives it.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Parameter, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SerpstatParamAttribute : Attribute
{
    /// <summary>Marks the member that sets <paramref name="wireName"/>.</summary>
    public SerpstatParamAttribute(string wireName) => WireName = wireName;

    /// <summary>The param's wire name.</summary>
    public string WireName { get; }

    /// <summary>
    /// The param's role: query, searchType, sort, order, page, size or complexFilter; empty for none.
    /// </summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>The smallest value allowed, or <see cref="long.MinValue"/> when the schema gives none.</summary>
    public long Minimum { get; set; } = long.MinValue;

    /// <summary>The largest value allowed, or <see cref="long.MaxValue"/> when the schema gives none.</summary>
    public long Maximum { get; set; } = long.MaxValue;

    /// <summary>
    /// The API's default as JSON text (<c>100</c>, <c>"desc"</c>), or null when the schema gives none.
    /// </summary>
    public string? Default { get; set; }
}
