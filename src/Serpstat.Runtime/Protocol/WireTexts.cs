using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>
/// The listed texts of a response vocabulary (<c>href</c>, <c>nofollow</c>, <c>UGC</c>), held once as strings and as
/// UTF-8. A value that arrives spelled exactly as listed is answered with the held string, so reading a page of rows
/// does not allocate the same few words a thousand times. Generated response readers create one per vocabulary.
/// </summary>
public sealed class WireTexts
{
    private readonly string[] texts;
    private readonly byte[][] utf8;
    private HeldFlags? heldFlags;

    /// <summary>Holds <paramref name="texts"/>, in the order flag bits are numbered.</summary>
    public WireTexts(params string[] texts)
    {
        this.texts = texts ?? throw new ArgumentNullException(nameof(texts));
        utf8 = new byte[texts.Length][];
        for (var i = 0; i < texts.Length; i++)
        {
            utf8[i] = Encoding.UTF8.GetBytes(texts[i]);
        }
    }

    /// <summary>
    /// The held text whose UTF-8 equals the reader's string value exactly (same case), if there is one.
    /// </summary>
    public bool TryMatch(ref Utf8JsonReader reader, out string text)
    {
        text = string.Empty;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return false;
        }

        var value = reader.ValueSpan;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (value.SequenceEqual(utf8[i]))
            {
                text = texts[i];
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The items of <paramref name="raw"/>, separated by <paramref name="separator"/> and trimmed, as bits: bit i for
    /// the i-th held text, matched without regard to case. Empty items are skipped; unlisted ones are collected, as
    /// sent, in <paramref name="unknown"/> (null when every item is listed).
    /// </summary>
    public int FlagBits(string raw, string separator, out List<string>? unknown)
    {
        if (raw is null)
        {
            throw new ArgumentNullException(nameof(raw));
        }

        if (string.IsNullOrEmpty(separator))
        {
            throw new ArgumentException("The separator must not be empty.", nameof(separator));
        }

        // Most values are one listed text, which TryMatch answers with the held string itself: its bits are known.
        var held = heldFlags;
        if (held is null || !string.Equals(held.Separator, separator, StringComparison.Ordinal))
        {
            heldFlags = held = new HeldFlags(this, separator);
        }

        for (var i = 0; i < texts.Length; i++)
        {
            if (ReferenceEquals(raw, texts[i]) && held.Bits[i] >= 0)
            {
                unknown = null;
                return held.Bits[i];
            }
        }

        return SplitBits(raw, separator, out unknown);
    }

    private int SplitBits(string raw, string separator, out List<string>? unknown)
    {
        unknown = null;
        var bits = 0;
        for (var start = 0; start <= raw.Length;)
        {
            var end = raw.IndexOf(separator, start, StringComparison.Ordinal);
            if (end < 0)
            {
                end = raw.Length;
            }

            var from = start;
            var to = end;
            start = end + separator.Length;
            while (from < to && char.IsWhiteSpace(raw[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(raw[to - 1]))
            {
                to--;
            }

            if (from == to)
            {
                continue;
            }

            var index = IndexOf(raw, from, to - from);
            if (index >= 0)
            {
                bits |= 1 << index;
            }
            else
            {
                (unknown ??= new List<string>()).Add(raw.Substring(from, to - from));
            }
        }

        return bits;
    }

    private int IndexOf(string raw, int start, int length)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i].Length == length
                && string.Compare(raw, start, texts[i], 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The bits of each held text read as a whole value, or -1 where it holds an unlisted item.</summary>
    private sealed class HeldFlags
    {
        public HeldFlags(WireTexts texts, string separator)
        {
            Separator = separator;
            Bits = new int[texts.texts.Length];
            for (var i = 0; i < Bits.Length; i++)
            {
                var bits = texts.SplitBits(texts.texts[i], separator, out var unknown);
                Bits[i] = unknown is null ? bits : -1;
            }
        }

        public string Separator { get; }

        public int[] Bits { get; }
    }
}
