using System.Linq;
using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Json;
using Xunit;

namespace Serpstat.Generator.Tests.Json;

public class JsonParserTests
{
    [Fact]
    public void Parses_every_kind_of_value_with_its_position()
    {
        var text = "{\n  \"a\": [1, -2.5e3, true, false, null],\n  \"b\": \"x\"\n}";

        var root = Assert.IsType<JsonObject>(JsonParser.Parse(text).Root);

        Assert.Equal((0, 0, 3, 1), Position(root.Span));
        var a = root.Properties[0];
        Assert.Equal("a", a.Name);
        Assert.Equal((1, 2, 1, 5), Position(a.NameSpan));
        var array = Assert.IsType<JsonArray>(a.Value);
        Assert.Equal((1, 7, 1, 37), Position(array.Span));
        var kinds = new[]
        {
            JsonNodeKind.Number, JsonNodeKind.Number, JsonNodeKind.True, JsonNodeKind.False, JsonNodeKind.Null,
        };
        Assert.Equal(kinds, array.Items.Select(item => item.Kind));
        Assert.Equal("-2.5e3", Assert.IsType<JsonNumber>(array.Items[1]).Text);
        Assert.Equal((1, 11, 1, 17), Position(array.Items[1].Span));
        var b = Assert.IsType<JsonString>(root.Properties[1].Value);
        Assert.Equal("x", b.Value);
        Assert.Equal((2, 7, 2, 10), Position(b.Span));
        Assert.Equal(text.IndexOf("\"x\"", System.StringComparison.Ordinal), b.Span.Start);
        Assert.Equal(3, b.Span.Length);
    }

    [Fact]
    public void Decodes_escapes_and_surrogate_pairs()
    {
        var text = "\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\uD83D\\uDE00\"";

        var value = Assert.IsType<JsonString>(JsonParser.Parse(text).Root).Value;

        Assert.Equal("q\" b\\ s/ \b\f\n\r\t \u00e9 \U0001F600", value);
    }

    [Fact]
    public void Skips_a_byte_order_mark_but_keeps_offsets_in_the_given_text()
    {
        var root = JsonParser.Parse("\uFEFF[1]").Root;

        Assert.Equal(1, Assert.IsType<JsonArray>(root).Span.Start);
    }

    [Fact]
    public void Counts_lines_after_CR_LF_CR_and_LF()
    {
        var root = Assert.IsType<JsonArray>(JsonParser.Parse("[\r\n1,\r2,\n3]").Root);

        Assert.Equal(new[] { 1, 2, 3 }, root.Items.Select(item => item.Span.StartLine));
    }

    [Fact]
    public void Keeps_repeated_members_for_the_reader_to_report()
    {
        var root = Assert.IsType<JsonObject>(JsonParser.Parse("{\"a\":1,\"a\":2}").Root);

        Assert.Equal(new[] { "a", "a" }, root.Properties.Select(property => property.Name));
    }

    [Fact]
    public void Numbers_tell_integers_from_other_numbers()
    {
        var items = Assert.IsType<JsonArray>(JsonParser.Parse("[7, 7.0, 1e2, 99999999999999999999]").Root).Items;
        var numbers = items.Cast<JsonNumber>().ToArray();

        Assert.True(numbers[0].TryGetInt64(out var seven) && seven == 7);
        Assert.False(numbers[1].TryGetInt64(out _));
        Assert.False(numbers[2].IsIntegerSyntax);
        Assert.True(numbers[3].IsIntegerSyntax);
        Assert.False(numbers[3].TryGetInt64(out _));
    }

    [Theory]
    [InlineData("", "expected a JSON value, found end of input", 1, 1)]
    [InlineData("  \n   ", "expected a JSON value, found end of input", 2, 4)]
    [InlineData("{\"a\": 1]", "expected ',' or '}' after property value, found ']'", 1, 8)]
    [InlineData("[1 2]", "expected ',' or ']' after array item, found '2'", 1, 4)]
    [InlineData("[1,]", "expected a JSON value, found ']'", 1, 4)]
    [InlineData("{\"a\": 1,}", "expected a property name after ',', found '}'", 1, 9)]
    [InlineData("{a: 1}", "expected a property name or '}', found 'a'", 1, 2)]
    [InlineData("{\"a\" 1}", "expected ':' after the property name, found '1'", 1, 6)]
    [InlineData("// note\n{}", "expected a JSON value, found '/' (JSON has no comments)", 1, 1)]
    [InlineData("\"abc", "expected '\"' to close the string, found end of input", 1, 5)]
    [InlineData(
        "[\"a\tb\"]",
        "expected '\"' or more string content (control characters must be escaped), found U+0009",
        1,
        4)]
    [InlineData("\"\\x\"", "expected an escape character (\", \\, /, b, f, n, r, t or u) after '\\', found 'x'", 1, 3)]
    [InlineData("\"\\u12G4\"", "expected 4 hex digits after '\\u', found 'G'", 1, 6)]
    [InlineData("\"\\uD83D\"", "expected a '\\u' escape of a low surrogate after the high surrogate, found '\"'", 1, 8)]
    [InlineData("\"\\uD83D\\u0041\"", "expected a low surrogate after the high surrogate, found '\\u0041'", 1, 8)]
    [InlineData("\"\\uDE00\"", "expected a high surrogate before this low surrogate, found '\\uDE00'", 1, 2)]
    [InlineData("01", "expected '.', 'e' or the end of the number after a leading 0, found '1'", 1, 2)]
    [InlineData("-", "expected a digit, found end of input", 1, 2)]
    [InlineData("1.", "expected a digit after the decimal point, found end of input", 1, 3)]
    [InlineData("1e+x", "expected a digit in the exponent, found 'x'", 1, 4)]
    [InlineData("tru", "expected 'true', found end of input", 1, 4)]
    [InlineData("nul1", "expected 'null', found '1'", 1, 4)]
    [InlineData("True", "expected a JSON value, found 'T'", 1, 1)]
    [InlineData("{} x", "expected the end of the input after the JSON value, found 'x'", 1, 4)]
    [InlineData("\0", "expected a JSON value, found U+0000", 1, 1)]
    [InlineData("[\r\n  1,\r\n  x]", "expected a JSON value, found 'x'", 3, 3)]
    public void Reports_the_first_error_with_its_position(string text, string message, int line, int column)
    {
        var result = JsonParser.Parse(text);

        Assert.Null(result.Root);
        var error = Assert.IsType<JsonSyntaxError>(result.Error);
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Span.StartLine + 1, error.Span.StartColumn + 1));
    }

    [Fact]
    public void Accepts_nesting_up_to_the_limit()
    {
        var depth = JsonParser.MaxDepth;
        var text = new string('[', depth) + new string(']', depth);

        Assert.NotNull(JsonParser.Parse(text).Root);
    }

    [Theory]
    [InlineData('[')]
    [InlineData('{')]
    public void Reports_the_bracket_that_is_nested_too_deep(char bracket)
    {
        var opening = bracket == '[' ? "[" : "{\"a\":";
        var text = string.Concat(Enumerable.Repeat(opening, JsonParser.MaxDepth)) + "[1]";

        var error = Assert.IsType<JsonSyntaxError>(JsonParser.Parse(text).Error);

        Assert.Equal("expected at most 64 nested arrays and objects, found '['", error.Message);
        Assert.Equal(text.Length - 3, error.Span.Start);
    }

    [Fact]
    public void Survives_a_hundred_thousand_open_brackets()
    {
        var error = JsonParser.Parse(new string('[', 100_000)).Error;

        Assert.Equal(JsonParser.MaxDepth, Assert.IsType<JsonSyntaxError>(error).Span.Start);
    }

    private static (int, int, int, int) Position(SourceSpanInfo span) =>
        (span.StartLine, span.StartColumn, span.EndLine, span.EndColumn);
}
