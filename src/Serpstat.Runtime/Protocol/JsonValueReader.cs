using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>
/// Reads response values leniently, as the API sends them: numbers that arrive as strings, dates with or without a
/// time, ids as number or string. Each method expects the reader on the value's token and throws
/// <see cref="SerpstatResponseFormatException"/> naming the given path when the value cannot be read.
/// Generated response readers call these.
/// </summary>
public static class JsonValueReader
{
    /// <summary>Moves to the next value token: the reader must be on a property name.</summary>
    public static void MoveToValue(ref Utf8JsonReader reader) => reader.Read();

    /// <summary>Checks that the reader is on the start of an object.</summary>
    public static void ExpectObject(ref Utf8JsonReader reader, JsonPath path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid(ref reader, path, "an object");
        }
    }

    /// <summary>Checks that the reader is on the start of an array.</summary>
    public static void ExpectArray(ref Utf8JsonReader reader, JsonPath path)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Invalid(ref reader, path, "an array");
        }
    }

    /// <summary>A text; a number is kept as its JSON text.</summary>
    public static string ReadString(ref Utf8JsonReader reader, JsonPath path) =>
        ReadNullableString(ref reader, path) ?? throw Invalid(ref reader, path, "a text");

    /// <summary>
    /// A text of a listed vocabulary: the held string of <paramref name="known"/> when the value is spelled exactly as
    /// listed, otherwise read as <see cref="ReadString(ref Utf8JsonReader, JsonPath)"/> reads it.
    /// </summary>
    public static string ReadString(ref Utf8JsonReader reader, JsonPath path, WireTexts known) =>
        known is not null && known.TryMatch(ref reader, out var text) ? text : ReadString(ref reader, path);

    /// <summary>A text, or null.</summary>
    public static string? ReadNullableString(ref Utf8JsonReader reader, JsonPath path) => reader.TokenType switch
    {
        JsonTokenType.String => Text(ref reader, path),
        JsonTokenType.Number => RawText(ref reader),
        JsonTokenType.Null => null,
        _ => throw Invalid(ref reader, path, "a text"),
    };

    /// <summary>A whole number, from a JSON number or a string of digits.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader, JsonPath path) =>
        ReadNullableInt64(ref reader, path) ?? throw Invalid(ref reader, path, "a whole number");

    /// <summary>A whole number, or null.</summary>
    public static long? ReadNullableInt64(ref Utf8JsonReader reader, JsonPath path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return number;
            case JsonTokenType.String when TryParseInt64(Unescaped(ref reader), out var parsed):
                return parsed;
            default:
                throw Invalid(ref reader, path, "a whole number");
        }
    }

    /// <summary>A number, from a JSON number or a string.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader, JsonPath path) =>
        ReadNullableDouble(ref reader, path) ?? throw Invalid(ref reader, path, "a number");

    /// <summary>A number, or null.</summary>
    public static double? ReadNullableDouble(ref Utf8JsonReader reader, JsonPath path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetDouble(out var number):
                return number;
            case JsonTokenType.String when TryParseDouble(Unescaped(ref reader), out var parsed):
                return parsed;
            default:
                throw Invalid(ref reader, path, "a number");
        }
    }

    /// <summary>A boolean, from true/false, 0/1, or those as strings.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader, JsonPath path) =>
        ReadNullableBoolean(ref reader, path) ?? throw Invalid(ref reader, path, "a boolean");

    /// <summary>A boolean, or null.</summary>
    public static bool? ReadNullableBoolean(ref Utf8JsonReader reader, JsonPath path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number or JsonTokenType.String:
                var text = Unescaped(ref reader);
                if (text.SequenceEqual("1"u8) || text.SequenceEqual("true"u8))
                {
                    return true;
                }

                if (text.SequenceEqual("0"u8) || text.SequenceEqual("false"u8))
                {
                    return false;
                }

                break;
        }

        throw Invalid(ref reader, path, "a boolean");
    }

    /// <summary>A date and time written <c>2019-09-05 05:51:46</c>, or a date written <c>2019-09-05</c>.</summary>
    public static DateTime ReadDateTime(ref Utf8JsonReader reader, JsonPath path) =>
        ReadNullableDateTime(ref reader, path) ?? throw Invalid(ref reader, path, "a date");

    /// <summary>A date and time, or null (also for an empty string, which the API uses for "never").</summary>
    public static DateTime? ReadNullableDateTime(ref Utf8JsonReader reader, JsonPath path)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var text = Unescaped(ref reader);
            if (text.Length == 0)
            {
                return null;
            }

            if (ResponseDates.TryParse(text, out var value))
            {
                return value;
            }
        }

        throw Invalid(ref reader, path, "a date as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS");
    }

    /// <summary>An array of texts.</summary>
    public static IReadOnlyList<string> ReadStringArray(ref Utf8JsonReader reader, JsonPath path)
    {
        ExpectArray(ref reader, path);
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(ReadString(ref reader, path.Item(items.Count)));
        }

        return items;
    }

    /// <summary>The error for a member that a row must have but lacks.</summary>
    public static SerpstatResponseFormatException Missing(JsonPath path, string member) =>
        new(path.ToString(), $"the required member '{member}' is missing");

    /// <summary>The error for a value of the wrong kind at the reader's position.</summary>
    public static SerpstatResponseFormatException Invalid(ref Utf8JsonReader reader, JsonPath path, string expected)
    {
        var found = reader.TokenType switch
        {
            JsonTokenType.String => TryText(ref reader) is { } text ? "the text \"" + Shorten(text) + "\"" : "a text",
            JsonTokenType.Number => "the number " + RawText(ref reader),
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            _ => reader.TokenType.ToString(),
        };
        return new SerpstatResponseFormatException(path.ToString(), $"expected {expected}, found {found}");
    }

    /// <summary>
    /// A string value as text. Valid JSON can still hold text that is no text: invalid UTF-8 bytes, or an escaped lone
    /// surrogate (\\ud800); the reader refuses those with an InvalidOperationException, which becomes a format error.
    /// </summary>
    private static string Text(ref Utf8JsonReader reader, JsonPath path)
    {
#if NET8_0_OR_GREATER
        // Most of the API's text is ASCII, which widens to UTF-16 far faster than general UTF-8 decodes.
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && Ascii.IsValid(reader.ValueSpan))
        {
            return Encoding.ASCII.GetString(reader.ValueSpan);
        }
#endif

        return TryText(ref reader) ?? throw new SerpstatResponseFormatException(
            path.ToString(),
            "the text is not valid UTF-8, or escapes a lone surrogate");
    }

    private static string? TryText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static bool TryParseInt64(ReadOnlySpan<byte> text, out long value) =>
        Utf8Parser.TryParse(text, out value, out var used) && used == text.Length && text.Length > 0;

    private static bool TryParseDouble(ReadOnlySpan<byte> text, out double value) =>
        Utf8Parser.TryParse(text, out value, out var used) && used == text.Length && text.Length > 0;

    private static ReadOnlySpan<byte> Unescaped(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return reader.ValueSpan;
        }

        return Encoding.UTF8.GetBytes(TryText(ref reader) ?? string.Empty);
    }

    private static string RawText(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        return Encoding.UTF8.GetString(span);
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "...";
}
