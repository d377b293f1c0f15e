using System.Globalization;
using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Json;

internal sealed class JsonString : JsonNode
{
    public JsonString(string value, SourceSpanInfo span)
        : base(JsonNodeKind.String, span)
    {
        Value = value;
    }

    /// <summary>The decoded text, escapes resolved.</summary>
    public string Value { get; }
}

/// <summary>A JSON number, kept as its text so no precision is lost before the reader knows what it needs.</summary>
internal sealed class JsonNumber : JsonNode
{
    public JsonNumber(string text, SourceSpanInfo span)
        : base(JsonNodeKind.Number, span)
    {
        Text = text;
    }

    public string Text { get; }

    /// <summary>True when the number is written as an integer (no fraction, no exponent).</summary>
    public bool IsIntegerSyntax => Text.IndexOfAny(FractionOrExponent) < 0;

    /// <summary>The value, when the number is written as an integer that fits a 64-bit signed integer.</summary>
    public bool TryGetInt64(out long value)
    {
        value = 0;
        return IsIntegerSyntax
            && long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    private static readonly char[] FractionOrExponent = { '.', 'e', 'E' };
}

/// <summary><c>true</c>, <c>false</c> or <c>null</c>; the kind says which.</summary>
internal sealed class JsonLiteral : JsonNode
{
    public JsonLiteral(JsonNodeKind kind, SourceSpanInfo span)
        : base(kind, span)
    {
    }
}
