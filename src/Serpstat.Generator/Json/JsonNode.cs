using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Json;

internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A parsed JSON value and where it stands in the text, so that every problem can be pointed at.</summary>
internal abstract class JsonNode
{
    protected JsonNode(JsonNodeKind kind, SourceSpanInfo span)
    {
        Kind = kind;
        Span = span;
    }

    public JsonNodeKind Kind { get; }

    /// <summary>The whole value: brackets and quotes included.</summary>
    public SourceSpanInfo Span { get; }
}
