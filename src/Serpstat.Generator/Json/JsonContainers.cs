using System.Collections.Generic;
using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Json;

/// <summary>A JSON object. Members keep their order; duplicates are kept so that the reader can report them.</summary>
internal sealed class JsonObject : JsonNode
{
    public JsonObject(IReadOnlyList<JsonProperty> properties, SourceSpanInfo span)
        : base(JsonNodeKind.Object, span)
    {
        Properties = properties;
    }

    public IReadOnlyList<JsonProperty> Properties { get; }
}

/// <summary>One member of a JSON object; the name has its own span for diagnostics about the member itself.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, SourceSpanInfo nameSpan, JsonNode value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    public string Name { get; }

    public SourceSpanInfo NameSpan { get; }

    public JsonNode Value { get; }
}

internal sealed class JsonArray : JsonNode
{
    public JsonArray(IReadOnlyList<JsonNode> items, SourceSpanInfo span)
        : base(JsonNodeKind.Array, span)
    {
        Items = items;
    }

    public IReadOnlyList<JsonNode> Items { get; }
}
