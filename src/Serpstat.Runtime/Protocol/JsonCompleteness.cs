using System;
using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>Tells a body that stops early (a truncated answer) from one that is wrong where it stands.</summary>
internal static class JsonCompleteness
{
    /// <summary>
    /// Whether the text is valid as far as it goes but its top-level value never closes: more bytes could still make
    /// it a whole document. Empty text and text with a syntax error are not "truncated".
    /// </summary>
    public static bool IsTruncated(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.IsEmpty)
        {
            return false;
        }

        var reader = new Utf8JsonReader(utf8Json, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0
                    && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    return false;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return true;
    }
}
