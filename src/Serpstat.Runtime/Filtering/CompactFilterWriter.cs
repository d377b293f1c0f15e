using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Serpstat.Filtering;

/// <summary>
/// Writes a whole <c>complexFilter</c> as one raw value, straight from a filter written in the API's form, with
/// condition openings encoded once per field and compare type. Item by item, a condition costs about seven writer
/// calls, most of the time of writing a request; this produces the same bytes in one.
/// </summary>
/// <remarks>
/// Only for writers whose output it can reproduce exactly: compact ones with the default or the relaxed encoder.
/// Anything else, or a value those encoders would escape, is left to the item-by-item writer.
/// </remarks>
internal static class CompactFilterWriter
{
    // The most bytes one UTF-16 char becomes in UTF-8 (a surrogate pair is two chars and four bytes).
    private const int MaxUtf8BytesPerChar = 3;

    // Which ASCII chars each encoder escapes, asked of the encoder itself: most values are ASCII (numbers, dates,
    // URLs) and are then checked with a table lookup a char instead of an encoder call a value.
    private static readonly bool[] DefaultEscapes = AsciiEscapes(JavaScriptEncoder.Default);

    private static readonly bool[] RelaxedEscapes = AsciiEscapes(JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    /// <param name="writer">Where to write.</param>
    /// <param name="orOfAnds">A filter written as an OR of ANDs of conditions.</param>
    public static bool TryWrite(Utf8JsonWriter writer, FilterNode orOfAnds)
    {
        var options = writer.Options;
        var encoder = options.Encoder ?? JavaScriptEncoder.Default;
        if (options.Indented
            || (encoder != JavaScriptEncoder.Default && encoder != JavaScriptEncoder.UnsafeRelaxedJsonEscaping))
        {
            return false;
        }

        var size = MaxSize(orOfAnds) + 2;
        if (size < 0 || size > int.MaxValue / 2)
        {
            return false;
        }

        var escapes = encoder == JavaScriptEncoder.Default ? DefaultEscapes : RelaxedEscapes;
        var buffer = ArrayPool<byte>.Shared.Rent((int)size);
        try
        {
            var at = 0;
            buffer[at++] = (byte)'[';
            if (!WriteChain(orOfAnds, isOr: true, new Escaping(encoder, escapes), buffer, ref at))
            {
                return false;
            }

            buffer[at++] = (byte)']';
            writer.WriteRawValue(buffer.AsSpan(0, at), skipInputValidation: true);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>An upper bound of the filter's length in bytes, or -1 when a field name needs escaping.</summary>
    private static long MaxSize(FilterNode node)
    {
        switch (node)
        {
            case FilterNode.Or either:
                return Sum(MaxSize(either.Left), MaxSize(either.Right));
            case FilterNode.And both:
                return Sum(MaxSize(both.Left), MaxSize(both.Right));
            default:
                var condition = (FilterCondition)node;
                var opening = condition.Field.ConditionOpening(condition.CompareType);
                if (opening is null)
                {
                    return -1;
                }

                // Brackets and commas: at most three bytes a condition and three a value.
                long size = opening.Length + 3 + 3;
                for (var v = 0; v < condition.ValueCount; v++)
                {
                    size += ((long)condition.ValueAt(v).Length * MaxUtf8BytesPerChar) + 3;
                }

                return size;
        }
    }

    private static long Sum(long left, long right) => left < 0 || right < 0 ? -1 : left + right;

    /// <summary>
    /// Writes a chain of ORs as its groups, or a chain of ANDs as its conditions, separated by commas.
    /// </summary>
    private static bool WriteChain(FilterNode node, bool isOr, Escaping escaping, byte[] buffer, ref int at)
    {
        var (left, right) = node switch
        {
            FilterNode.Or either when isOr => (either.Left, either.Right),
            FilterNode.And both when !isOr => (both.Left, both.Right),
            _ => ((FilterNode?)null, (FilterNode?)null),
        };
        if (left is not null)
        {
            if (!WriteChain(left, isOr, escaping, buffer, ref at))
            {
                return false;
            }

            buffer[at++] = (byte)',';
            return WriteChain(right!, isOr, escaping, buffer, ref at);
        }

        if (!isOr)
        {
            return WriteCondition((FilterCondition)node, escaping, buffer, ref at);
        }

        buffer[at++] = (byte)'[';
        if (!WriteChain(node, isOr: false, escaping, buffer, ref at))
        {
            return false;
        }

        buffer[at++] = (byte)']';
        return true;
    }

    private static bool WriteCondition(FilterCondition condition, Escaping escaping, byte[] buffer, ref int at)
    {
        var opening = condition.Field.ConditionOpening(condition.CompareType)!;
        opening.AsSpan().CopyTo(buffer.AsSpan(at));
        at += opening.Length;
        if (condition.IsQuickFilter)
        {
            return true;
        }

        for (var v = 0; v < condition.ValueCount; v++)
        {
            if (v > 0)
            {
                buffer[at++] = (byte)',';
            }

            buffer[at++] = (byte)'"';
            var written = Utf8(condition.ValueAt(v), escaping, buffer, at);
            if (written < 0)
            {
                return false;
            }

            at += written;
            buffer[at++] = (byte)'"';
        }

        buffer[at++] = (byte)']';
        buffer[at++] = (byte)'}';
        return true;
    }

    /// <summary>
    /// Writes a value's UTF-8 at <paramref name="at"/>; -1 when the encoder would escape any of it. Values are whole
    /// Unicode text: the checks refuse lone surrogates.
    /// </summary>
    private static int Utf8(string value, Escaping escaping, byte[] buffer, int at)
    {
        var i = 0;
        for (; i < value.Length && value[i] < 0x80; i++)
        {
            if (escaping.Ascii[value[i]])
            {
                return -1;
            }

            buffer[at + i] = (byte)value[i];
        }

        if (i == value.Length)
        {
            return i;
        }

        var rest = Encoding.UTF8.GetBytes(value, i, value.Length - i, buffer, at + i);
        return escaping.Encoder.FindFirstCharacterToEncodeUtf8(buffer.AsSpan(at + i, rest)) < 0 ? i + rest : -1;
    }

    private static bool[] AsciiEscapes(JavaScriptEncoder encoder)
    {
        var escapes = new bool[0x80];
        for (var c = 0; c < escapes.Length; c++)
        {
            escapes[c] = encoder.WillEncode(c);
        }

        return escapes;
    }

    /// <summary>What the writer's encoder escapes: its ASCII table, and the encoder for the rest.</summary>
    private readonly struct Escaping
    {
        public Escaping(JavaScriptEncoder encoder, bool[] ascii) => (Encoder, Ascii) = (encoder, ascii);

        public JavaScriptEncoder Encoder { get; }

        public bool[] Ascii { get; }
    }
}
