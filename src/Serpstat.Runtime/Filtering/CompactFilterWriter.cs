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

        var buffer = ArrayPool<byte>.Shared.Rent((int)size);
        try
        {
            var at = 0;
            buffer[at++] = (byte)'[';
            if (!WriteChain(orOfAnds, isOr: true, encoder, buffer, ref at))
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
    private static bool WriteChain(FilterNode node, bool isOr, JavaScriptEncoder encoder, byte[] buffer, ref int at)
    {
        var (left, right) = node switch
        {
            FilterNode.Or either when isOr => (either.Left, either.Right),
            FilterNode.And both when !isOr => (both.Left, both.Right),
            _ => ((FilterNode?)null, (FilterNode?)null),
        };
        if (left is not null)
        {
            if (!WriteChain(left, isOr, encoder, buffer, ref at))
            {
                return false;
            }

            buffer[at++] = (byte)',';
            return WriteChain(right!, isOr, encoder, buffer, ref at);
        }

        if (!isOr)
        {
            return WriteCondition((FilterCondition)node, encoder, buffer, ref at);
        }

        buffer[at++] = (byte)'[';
        if (!WriteChain(node, isOr: false, encoder, buffer, ref at))
        {
            return false;
        }

        buffer[at++] = (byte)']';
        return true;
    }

    private static bool WriteCondition(FilterCondition condition, JavaScriptEncoder encoder, byte[] buffer, ref int at)
    {
        var opening = condition.Field.ConditionOpening(condition.CompareType)!;
        Buffer.BlockCopy(opening, 0, buffer, at, opening.Length);
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
            var written = Utf8(condition.ValueAt(v), buffer, at);
            if (encoder.FindFirstCharacterToEncodeUtf8(buffer.AsSpan(at, written)) >= 0)
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

    // Values are whole Unicode text: the checks refuse lone surrogates.
    private static int Utf8(string value, byte[] buffer, int at)
    {
        // Most values are ASCII (numbers, dates, URLs): copied char by char, with no encoder call.
        var i = 0;
        for (; i < value.Length && value[i] < 0x80; i++)
        {
            buffer[at + i] = (byte)value[i];
        }

        return i == value.Length ? i : i + Encoding.UTF8.GetBytes(value, i, value.Length - i, buffer, at + i);
    }
}
