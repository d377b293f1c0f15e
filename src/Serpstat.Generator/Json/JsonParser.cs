using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Json;

/// <summary>
/// A strict RFC 8259 parser that keeps the position of every value and member name. It returns the first syntax
/// error instead of throwing, and it limits nesting so that no input can exhaust the stack.
/// </summary>
internal sealed class JsonParser
{
    /// <summary>The deepest nesting of arrays and objects accepted; a schema file needs far less.</summary>
    public const int MaxDepth = 64;

    private readonly string text;
    private readonly LineMap lines;
    private readonly CancellationToken cancellationToken;
    private int position;
    private JsonSyntaxError? error;

    private JsonParser(string text, CancellationToken cancellationToken)
    {
        this.text = text;
        this.cancellationToken = cancellationToken;
        lines = new LineMap(text);
    }

    public static JsonParseResult Parse(string text, CancellationToken cancellationToken = default)
    {
        var parser = new JsonParser(text, cancellationToken);
        var root = parser.ParseDocument();
        return new JsonParseResult(parser.error is null ? root : null, parser.error);
    }

    private JsonNode? ParseDocument()
    {
        // A byte order mark that survived decoding is not part of the JSON text.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            position = 1;
        }

        var root = ParseValue(depth: 0);
        if (root is null)
        {
            return null;
        }

        SkipWhitespace();
        return position < text.Length ? Fail("the end of the input after the JSON value") : root;
    }

    private JsonNode? ParseValue(int depth)
    {
        SkipWhitespace();
        if (position >= text.Length)
        {
            return Fail("a JSON value");
        }

        switch (text[position])
        {
            case '{':
                return ParseObject(depth + 1);
            case '[':
                return ParseArray(depth + 1);
            case '"':
                return ParseString();
            case 't':
                return ParseLiteral("true", JsonNodeKind.True);
            case 'f':
                return ParseLiteral("false", JsonNodeKind.False);
            case 'n':
                return ParseLiteral("null", JsonNodeKind.Null);
            case '-':
                return ParseNumber();
            case var c when IsDigit(c):
                return ParseNumber();
            default:
                return Fail("a JSON value");
        }
    }

    private JsonNode? ParseObject(int depth)
    {
        if (depth > MaxDepth)
        {
            return FailDepth();
        }

        var start = position++;
        var properties = new List<JsonProperty>();
        SkipWhitespace();
        if (Peek() == '}')
        {
            position++;
            return new JsonObject(properties, SpanFrom(start));
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SkipWhitespace();
            if (Peek() != '"')
            {
                return Fail(properties.Count == 0 ? "a property name or '}'" : "a property name after ','");
            }

            var nameStart = position;
            var name = ReadString();
            if (name is null)
            {
                return null;
            }

            var nameSpan = SpanFrom(nameStart);
            SkipWhitespace();
            if (Peek() != ':')
            {
                return Fail("':' after the property name");
            }

            position++;
            var value = ParseValue(depth);
            if (value is null)
            {
                return null;
            }

            properties.Add(new JsonProperty(name, nameSpan, value));
            SkipWhitespace();
            switch (Peek())
            {
                case ',':
                    position++;
                    continue;
                case '}':
                    position++;
                    return new JsonObject(properties, SpanFrom(start));
                default:
                    return Fail("',' or '}' after property value");
            }
        }
    }

    private JsonNode? ParseArray(int depth)
    {
        if (depth > MaxDepth)
        {
            return FailDepth();
        }

        var start = position++;
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (Peek() == ']')
        {
            position++;
            return new JsonArray(items, SpanFrom(start));
        }

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = ParseValue(depth);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
            SkipWhitespace();
            switch (Peek())
            {
                case ',':
                    position++;
                    continue;
                case ']':
                    position++;
                    return new JsonArray(items, SpanFrom(start));
                default:
                    return Fail("',' or ']' after array item");
            }
        }
    }

    private JsonNode? ParseString()
    {
        var start = position;
        var value = ReadString();
        return value is null ? null : new JsonString(value, SpanFrom(start));
    }

    /// <summary>Reads a string token at the opening quote; copies only when the string has escapes.</summary>
    private string? ReadString()
    {
        position++;
        var runStart = position;
        StringBuilder? builder = null;
        while (true)
        {
            if (position >= text.Length)
            {
                return FailText("'\"' to close the string");
            }

            var c = text[position];
            if (c == '"')
            {
                var run = text.Substring(runStart, position - runStart);
                position++;
                return builder is null ? run : builder.Append(run).ToString();
            }

            if (c < ' ')
            {
                return FailText("'\"' or more string content (control characters must be escaped)");
            }

            if (c != '\\')
            {
                position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(text, runStart, position - runStart);
            if (!ReadEscape(builder))
            {
                return null;
            }

            runStart = position;
        }
    }

    private bool ReadEscape(StringBuilder builder)
    {
        position++;
        var escaped = Peek();
        var simple = escaped switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => '\0',
        };
        if (simple != '\0')
        {
            builder.Append(simple);
            position++;
            return true;
        }

        if (escaped != 'u')
        {
            Fail("an escape character (\", \\, /, b, f, n, r, t or u) after '\\'");
            return false;
        }

        return ReadUnicodeEscape(builder);
    }

    private bool ReadUnicodeEscape(StringBuilder builder)
    {
        var escapeStart = position - 1;
        var unit = ReadHex4();
        if (unit < 0)
        {
            return false;
        }

        if (char.IsLowSurrogate((char)unit))
        {
            FailAt("a high surrogate before this low surrogate", escapeStart, position - escapeStart);
            return false;
        }

        if (!char.IsHighSurrogate((char)unit))
        {
            builder.Append((char)unit);
            return true;
        }

        // A high surrogate is only text together with the low surrogate escape that must follow it.
        if (Peek() != '\\' || Peek(1) != 'u')
        {
            Fail("a '\\u' escape of a low surrogate after the high surrogate");
            return false;
        }

        var lowStart = position;
        position++;
        var low = ReadHex4();
        if (low < 0)
        {
            return false;
        }

        if (!char.IsLowSurrogate((char)low))
        {
            FailAt("a low surrogate after the high surrogate", lowStart, position - lowStart);
            return false;
        }

        builder.Append((char)unit).Append((char)low);
        return true;
    }

    /// <summary>Reads the 'u' and four hex digits of an escape; -1 after a failure.</summary>
    private int ReadHex4()
    {
        position++;
        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = HexValue(Peek());
            if (digit < 0)
            {
                Fail("4 hex digits after '\\u'");
                return -1;
            }

            value = (value * 16) + digit;
            position++;
        }

        return value;
    }

    private JsonNode? ParseNumber()
    {
        var start = position;
        if (Peek() == '-')
        {
            position++;
        }

        if (Peek() == '0')
        {
            position++;
            if (IsDigit(Peek()))
            {
                return Fail("'.', 'e' or the end of the number after a leading 0");
            }
        }
        else if (!SkipDigits("a digit"))
        {
            return null;
        }

        if (Peek() == '.')
        {
            position++;
            if (!SkipDigits("a digit after the decimal point"))
            {
                return null;
            }
        }

        if (Peek() is 'e' or 'E')
        {
            position++;
            if (Peek() is '+' or '-')
            {
                position++;
            }

            if (!SkipDigits("a digit in the exponent"))
            {
                return null;
            }
        }

        return new JsonNumber(text.Substring(start, position - start), SpanFrom(start));
    }

    private bool SkipDigits(string expected)
    {
        if (!IsDigit(Peek()))
        {
            Fail(expected);
            return false;
        }

        while (IsDigit(Peek()))
        {
            position++;
        }

        return true;
    }

    private JsonNode? ParseLiteral(string literal, JsonNodeKind kind)
    {
        var start = position;
        foreach (var expected in literal)
        {
            if (Peek() != expected)
            {
                return Fail("'" + literal + "'");
            }

            position++;
        }

        return new JsonLiteral(kind, SpanFrom(start));
    }

    private void SkipWhitespace()
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\r')
        {
            position++;
        }
    }

    /// <summary>The character at the position plus an offset, or NUL past the end (NUL is never valid JSON).</summary>
    private char Peek(int offset = 0)
    {
        var index = position + offset;
        return index < text.Length ? text[index] : '\0';
    }

    private SourceSpanInfo SpanFrom(int start) => lines.Span(start, position - start);

    private JsonNode? FailDepth() =>
        Fail("at most " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " nested arrays and objects");

    private JsonNode? Fail(string expected)
    {
        FailAt(expected, position, position < text.Length ? 1 : 0);
        return null;
    }

    private string? FailText(string expected)
    {
        Fail(expected);
        return null;
    }

    private void FailAt(string expected, int start, int length)
    {
        var found = length == 0 ? "end of input" : DescribeFound(text.Substring(start, length));
        error = new JsonSyntaxError("expected " + expected + ", found " + found, lines.Span(start, length));
    }

    private static string DescribeFound(string found)
    {
        if (found.Length > 1)
        {
            return "'" + found + "'";
        }

        var c = found[0];
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        if (c == '/')
        {
            return "'/' (JSON has no comments)";
        }

        return c > ' ' && c < '\u007F' ? "'" + c + "'" : code;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
