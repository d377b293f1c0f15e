using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Json;

/// <summary>A parsed document, or the first syntax error that stopped the parse.</summary>
internal sealed class JsonParseResult
{
    public JsonParseResult(JsonNode? root, JsonSyntaxError? error)
    {
        Root = root;
        Error = error;
    }

    public JsonNode? Root { get; }

    public JsonSyntaxError? Error { get; }
}

/// <summary>Where the text stops being JSON, and a message saying what was expected there and what was found.</summary>
internal sealed record JsonSyntaxError(string Message, SourceSpanInfo Span);
