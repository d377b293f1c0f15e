using System;
using System.ComponentModel;

namespace Serpstat.Metadata;

/// <summary>
/// Marks a generated enum member with the exact value it stands for on the wire, so that the analyzers can show the
/// request a query sends without reading the schema again.
/// </summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SerpstatWireValueAttribute : Attribute
{
    /// <summary>Marks a value sent as a JSON string.</summary>
    public SerpstatWireValueAttribute(string text) => Text = text;

    /// <summary>Marks a value sent as a JSON number.</summary>
    public SerpstatWireValueAttribute(long number) => Number = number;

    /// <summary>The wire text, or null when the value is a number.</summary>
    public string? Text { get; }

    /// <summary>The wire number, or null when the value is a text.</summary>
    public long? Number { get; }
}
