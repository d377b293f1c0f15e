using System;
using System.ComponentModel;

namespace Serpstat.Metadata;

/// <summary>
/// Marks the generated class of one API method, so that the analyzers recognise the library's own API by symbol and
/// know the method's limits without reading the schema again.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SerpstatMethodAttribute : Attribute
{
    /// <summary>Marks the class of <paramref name="method"/>.</summary>
    public SerpstatMethodAttribute(string method) => Method = method;

    /// <summary>The wire method name.</summary>
    public string Method { get; }

    /// <summary>The most rows one query returns over all pages; 0 when the API states no cap.</summary>
    public long MaxRows { get; set; }
}
