using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Serpstat.Backlinks;
using Serpstat.Filtering;
using Xunit;

namespace Serpstat.Runtime.Tests.Requests;

/// <summary>
/// A filter written in the API's form goes out as one raw value built from pre-encoded openings; every other filter,
/// and every writer that raw value cannot match, goes item by item. Both must write the same bytes.
/// </summary>
public sealed class FilterWritingTests
{
    private static readonly string[] Texts =
    {
        "blog", "7654765", "лопспрол", "quote\"d", "back\\slash", "<b>&'+`", "tab\there", "line\u2028sep",
        "😀", "http://example.com/a?b=c&d=e", AllPrintableAscii(), "bell\u0007 and del\u007f",
    };

    public static IEnumerable<object[]> Writers() => new[]
    {
        new object[] { "relaxed", new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping } },
        new object[] { "default", new JsonWriterOptions() },
        new object[] { "indented", new JsonWriterOptions { Indented = true } },
        new object[]
        {
            "Latin and Cyrillic",
            new JsonWriterOptions
            {
                Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Cyrillic),
            },
        },
    };

    [Theory]
    [MemberData(nameof(Writers))]
    public void Raw_and_item_by_item_writing_give_the_same_bytes(string name, JsonWriterOptions options)
    {
        var random = new Random(20261204);
        for (var i = 0; i < 300; i++)
        {
            var written = RandomFilter(random).ToComplexFilter();
            var regrouped = ComplexFilter.Of(written.Groups);

            var raw = Write(written, options);
            var itemByItem = Write(regrouped, options);

            Assert.True(itemByItem == raw, $"{name}, filter {i}: {written}\nraw:  {raw}\nitem: {itemByItem}");
        }
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Every_ascii_char_is_written_as_the_json_writer_writes_it(string name, JsonWriterOptions options)
    {
        for (var c = 0; c < 0x80; c++)
        {
            var text = "x" + (char)c + "y";
            var written = Filter(f => f.UrlFrom.Contains(AtRunTime(text))).ToComplexFilter();

            var raw = Write(written, options);
            var itemByItem = Write(ComplexFilter.Of(written.Groups), options);

            Assert.True(itemByItem == raw, $"{name}, U+{c:X4}:\nraw:  {raw}\nitem: {itemByItem}");
        }
    }

    [Fact]
    public void Compact_writers_take_the_raw_path_unless_a_value_needs_escaping()
    {
        var plain = Filter(f => f.UrlFrom.Contains("blog") && f.Anchor.NotContains("лопспрол")
                                || f.LinksExternal.Lte(800));
        var quoted = Filter(f => f.UrlFrom.Contains("say \"hi\""));

        Assert.True(TryRaw(plain, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.False(TryRaw(plain, new JsonWriterOptions()));
        Assert.True(TryRaw(Filter(f => f.UrlFrom.Contains("blog")), new JsonWriterOptions()));
        Assert.False(TryRaw(plain, new JsonWriterOptions { Indented = true }));
        Assert.False(TryRaw(quoted, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void A_filter_longer_than_the_first_buffer_is_written_whole()
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var filter = Filter(f => f.UrlFrom.Contains("start"));
        for (var i = 0; i < 30; i++)
        {
            var number = i;
            filter |= Filter(f => f.Anchor.NotContains(AtRunTime("anchor text number " + number + " лопспрол"))
                                  && f.UrlTo.EndsWith(AtRunTime("/page/" + number + "/with/a/longer/path.html")));
        }

        var written = filter.ToComplexFilter();
        var raw = Write(written, options);

        Assert.True(TryRaw(filter, options));
        Assert.True(raw.Length > 4096, $"only {raw.Length} bytes");
        Assert.Equal(Write(ComplexFilter.Of(written.Groups), options), raw);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_writer_too_shallow_for_the_filter_refuses_it_on_either_path(int maxDepth)
    {
        var options = new JsonWriterOptions { MaxDepth = maxDepth };
        var written = Filter(f => f.UrlFrom.Contains("blog") || f.LinksExternal.Gt(5)).ToComplexFilter();

        var raw = Record.Exception(() => Write(written, options));
        var itemByItem = Record.Exception(() => Write(ComplexFilter.Of(written.Groups), options));

        Assert.Equal(itemByItem?.GetType(), raw?.GetType());
        Assert.Equal(itemByItem?.Message, raw?.Message);
        Assert.Equal(maxDepth < 4, raw is InvalidOperationException);
    }

    [Fact]
    public void The_reference_filter_is_written_exactly()
    {
        var filter = Filter(f => f.UrlFrom.NotContains("7654765")
                                 && f.LinkNofollow.Contains(
                                     GetOutlinks.LinkNofollowFilter.Follow,
                                     GetOutlinks.LinkNofollowFilter.Nofollow)
                                 && f.Check.Lte(new DateTime(2030, 1, 1))
                                 && f.LinksExternal.Between(1, 500)
                                 || f.LinksExternal.Lte(800));

        var json = Write(filter.ToComplexFilter(), new JsonWriterOptions());

        Assert.Equal(
            "[[{\"field\":\"url_from\",\"compareType\":\"notContains\",\"value\":[\"7654765\"]},"
            + "{\"field\":\"link_nofollow\",\"compareType\":\"contains\",\"value\":[\"follow\",\"nofollow\"]},"
            + "{\"field\":\"check\",\"compareType\":\"lte\",\"value\":[\"01.01.2030\"]},"
            + "{\"field\":\"links_external\",\"compareType\":\"between\",\"value\":[\"1\",\"500\"]}],"
            + "[{\"field\":\"links_external\",\"compareType\":\"lte\",\"value\":[\"800\"]}]]",
            json);
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_refused_rather_than_sent_as_a_replacement_character()
    {
        // Written as a constant, the same text is build error SERP112.
        var error = Assert.Throws<SerpstatFilterException>(
            () => Filter(f => f.Anchor.Contains(AtRunTime("broken \uD800 text"))));
        var pair = Filter(f => f.Anchor.Contains("pair \uD83D\uDE00")).ToComplexFilter();

        Assert.Equal(
            "Filter 'anchor contains' has a lone surrogate at index 7 of its text, which UTF-8 cannot carry.",
            error.Message);
        Assert.Equal(
            "[[{\"field\":\"anchor\",\"compareType\":\"contains\",\"value\":[\"pair \\uD83D\\uDE00\"]}]]",
            Write(pair, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void An_empty_filter_is_refused_where_it_is_used()
    {
        var empty = default(Filter<GetOutlinks.FilterFields>);
        var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain);

        var combined = Assert.Throws<ArgumentException>(() => empty & Filter(f => f.UrlFrom.Contains("a")));
        var returned = Assert.Throws<ArgumentException>(() => query.Where(_ => empty));

        Assert.True(empty.IsEmpty);
        Assert.Equal(
            "The filter is empty (default): build filters from the generated filter fields, the f of Where(f => ...).",
            combined.Message);
        Assert.Equal(
            "The filter predicate returned an empty filter (default). (Parameter 'predicate')",
            returned.Message);
    }

    [Fact]
    public void A_condition_keeps_no_link_to_the_callers_array()
    {
        var field = new FilterFieldInfo(
            "link_nofollow",
            FilterValueKind.Enum,
            CompareTypes.Contains,
            values: new[] { "follow", "nofollow" });
        var values = new[] { "follow", "nofollow" };

        var condition = FilterCondition.Create(field, CompareType.Contains, values);
        values[0] = "nofollow";

        Assert.Equal(new[] { "follow", "nofollow" }, condition.Values);
    }

    [Fact]
    public void Owned_values_are_checked_and_made_canonical_in_place()
    {
        var links = new FilterFieldInfo("links_external", FilterValueKind.Integer, CompareTypes.Between);
        var flags = new FilterFieldInfo(
            "link_nofollow",
            FilterValueKind.Enum,
            CompareTypes.Contains,
            values: new[] { "follow", "nofollow" });

        var range = FilterCondition.CreateFromOwnedValues(links, CompareType.Between, "+1", "0500");
        var set = FilterCondition.CreateFromOwnedValues(flags, CompareType.Contains, "follow", "follow", "nofollow");
        var reversed = Assert.Throws<SerpstatFilterException>(
            () => FilterCondition.CreateFromOwnedValues(links, CompareType.Between, "9", "1"));

        Assert.Equal(new[] { "1", "500" }, range.Values);
        Assert.Equal(new[] { "follow", "nofollow" }, set.Values);
        Assert.Equal(
            "Filter 'links_external between' has its lower bound 9 above its upper bound 1.",
            reversed.Message);
    }

    [Fact]
    public void One_value_conditions_equal_their_array_form()
    {
        var field = new FilterFieldInfo("url_from", FilterValueKind.Text, CompareTypes.Contains);

        var single = FilterCondition.Create(field, CompareType.Contains, "blog");
        var array = FilterCondition.Create(field, CompareType.Contains, new[] { "blog" });

        Assert.Equal(array, single);
        Assert.Equal(array.GetHashCode(), single.GetHashCode());
        Assert.Equal(new[] { "blog" }, single.Values);
        Assert.Equal("url_from contains [blog]", single.ToString());
    }

    private static T AtRunTime<T>(T value) => value;

    private static string AllPrintableAscii() =>
        new(Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).ToArray());

    private static Filter<GetOutlinks.FilterFields> Filter(
        Func<GetOutlinks.FilterFields, Filter<GetOutlinks.FilterFields>> build) =>
        build(FieldsOf());

    // The generated instance is internal to this assembly, where the generator ran.
    private static GetOutlinks.FilterFields FieldsOf() => GetOutlinks.FilterFields.Instance;

    private static Filter<GetOutlinks.FilterFields> RandomFilter(Random random)
    {
        var fields = FieldsOf();
        var groups = random.Next(1, 4);
        Filter<GetOutlinks.FilterFields> filter = default;
        for (var g = 0; g < groups; g++)
        {
            var group = RandomCondition(random, fields);
            for (var c = random.Next(0, 4); c > 0; c--)
            {
                group &= RandomCondition(random, fields);
            }

            filter = filter.IsEmpty ? group : filter | group;
        }

        return filter;
    }

    private static Filter<GetOutlinks.FilterFields> RandomCondition(Random random, GetOutlinks.FilterFields f)
    {
        var text = Texts[random.Next(Texts.Length)];
        return random.Next(6) switch
        {
            0 => f.UrlFrom.Contains(text),
            1 => f.Anchor.NotContains(text),
            2 => f.LinksExternal.Between(random.Next(0, 50), random.Next(50, 100)),
            3 => f.Check.Gte(new DateTime(2020 + random.Next(10), 1 + random.Next(12), 1 + random.Next(28))),
            4 => f.LinkType.Contains(GetOutlinks.LinkTypeFilter.Text, GetOutlinks.LinkTypeFilter.Image),
            _ => f.UrlTo.EndsWith(text),
        };
    }

    private static bool TryRaw(Filter<GetOutlinks.FilterFields> filter, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, options);
        return CompactFilterWriter.TryWrite(writer, filter.Node);
    }

    private static string Write(ComplexFilter filter, JsonWriterOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            filter.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
