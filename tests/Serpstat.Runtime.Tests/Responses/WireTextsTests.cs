using System.Text;
using System.Text.Json;
using Serpstat.Protocol;
using Xunit;

namespace Serpstat.Runtime.Tests.Responses;

/// <summary>Listed response words are read without allocating, and flag lists split exactly as before.</summary>
public sealed class WireTextsTests
{
    private static readonly WireTexts Nofollow = new("follow", "nofollow", "UGC", "sponsored");

    [Theory]
    [InlineData("\"UGC\"", true)]
    [InlineData("\"ugc\"", false)]
    [InlineData("\"U\\u0047C\"", false)]
    [InlineData("\"nofollow,UGC\"", false)]
    [InlineData("12", false)]
    public void Only_the_exact_listed_spelling_is_answered_with_the_held_string(string json, bool held)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();

        var matched = Nofollow.TryMatch(ref reader, out var text);

        Assert.Equal(held, matched);
        if (held)
        {
            Assert.Same(Nofollow.TryMatch(ref reader, out var again) ? again : null, text);
        }
    }

    [Theory]
    [InlineData("nofollow,UGC", 0b0110, new string[0])]
    [InlineData(" Follow , ,sponsored,", 0b1001, new string[0])]
    [InlineData("", 0, new string[0])]
    [InlineData("nofollow,widget, gadget ", 0b0010, new[] { "widget", "gadget" })]
    public void Flag_lists_are_split_trimmed_and_matched_ignoring_case(string raw, int bits, string[] unknown)
    {
        Assert.Equal(bits, Nofollow.FlagBits(raw, ",", out var unlisted));
        Assert.Equal(unknown, unlisted?.ToArray() ?? new string[0]);
    }

    [Theory]
    [InlineData("\"follow\"", 0b0001)]
    [InlineData("\"UGC\"", 0b0100)]
    [InlineData("\"sponsored\"", 0b1000)]
    public void A_held_text_gives_the_bits_its_copy_gives(string json, int bits)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        Assert.True(Nofollow.TryMatch(ref reader, out var held));

        Assert.Equal(bits, Nofollow.FlagBits(held, ",", out var unlisted));
        Assert.Null(unlisted);
        Assert.Equal(bits, Nofollow.FlagBits(new string(held.ToCharArray()), ",", out _));
    }

    [Fact]
    public void A_held_text_that_holds_the_separator_is_split()
    {
        var texts = new WireTexts("a b", "a", "b");

        Assert.Equal(0b001, texts.FlagBits("a b", ",", out var byComma));
        Assert.Equal(0b110, texts.FlagBits("a b", " ", out var bySpace));
        Assert.Null(byComma);
        Assert.Null(bySpace);
    }

    [Fact]
    public void A_row_buffer_hands_back_the_rows_in_order_in_an_exact_array()
    {
        var rows = default(RowBuffer<int>);
        for (var i = 0; i < 100; i++)
        {
            rows.Add(i);
        }

        var array = rows.ToArray();
        rows.Dispose();

        Assert.Equal(100, array.Length);
        Assert.Equal(99, array[99]);
        Assert.Empty(default(RowBuffer<int>).ToArray());
    }
}
