using System;
using System.ComponentModel;

namespace Serpstat.Metadata;

/// <summary>Marks a searchType value with what the query param must then hold: a domain or a URL.</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SerpstatQueryKindAttribute : Attribute
{
    /// <summary>Marks the value; <paramref name="queryKind"/> is <c>domain</c> or <c>url</c>.</summary>
    public SerpstatQueryKindAttribute(string queryKind) => QueryKind = queryKind;

    /// <summary><c>domain</c> or <c>url</c>.</summary>
    public string QueryKind { get; }
}
