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
/// Anything else, a field name that needs escaping, or a value those encoders would escape, is left to the
/// item-by-item writer.
/// </remarks>
internal static class CompactFilterWriter
{
    // The most bytes one UTF-16 char becomes in UTF-8 (a surrogate pair is two chars and four bytes).
    private const int MaxUtf8BytesPerChar = 3;

    // The levels a filter opens below where it is written: its array, a group, a condition and its values. A writer
    // that may not go that deep must refuse the filter as it would item by item.
    private const int FilterDepth = 3;

    // Enough for most filters: the buffer grows when a condition would not fit.
    private const int FirstBufferSize = 1024;

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
            || (encoder != JavaScriptEncoder.Default && encoder != JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            || writer.CurrentDepth + FilterDepth >= options.MaxDepth)
        {
            return false;
        }

        var output = new Output(
            encoder,
            encoder == JavaScriptEncoder.Default ? DefaultEscapes : RelaxedEscapes,
            ArrayPool<byte>.Shared.Rent(FirstBufferSize));
        try
        {
            output.Put((byte)'[');
            if (!WriteChain(orOfAnds, isOr: true, ref output))
            {
                return false;
            }

            output.Put((byte)']');
            writer.WriteRawValue(output.Written, skipInputValidation: true);
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(output.Bytes);
        }
    }

    /// <summary>
    /// Writes a chain of ORs as its groups, or a chain of ANDs as its conditions, separated by commas.
    /// </summary>
    private static bool WriteChain(FilterNode node, bool isOr, ref Output output)
    {
        var (left, right) = node switch
        {
            FilterNode.Or either when isOr => (either.Left, either.Right),
            FilterNode.And both when !isOr => (both.Left, both.Right),
            _ => ((FilterNode?)null, (FilterNode?)null),
        };
        if (left is not null)
        {
            if (!WriteChain(left, isOr, ref output))
            {
                return false;
            }

            output.Put((byte)',');
            return WriteChain(right!, isOr, ref output);
        }

        if (!isOr)
        {
            return WriteCondition((FilterCondition)node, ref output);
        }

        output.Put((byte)'[');
        if (!WriteChain(node, isOr: false, ref output))
        {
            return false;
        }

        output.Put((byte)']');
        return true;
    }

    private static bool WriteCondition(FilterCondition condition, ref Output output)
    {
        var opening = condition.Field.ConditionOpening(condition.CompareType);
        if (opening is null)
        {
            return false;
        }

        // Room for the opening, each value quoted with its comma, the closing brackets and what follows them.
        var count = condition.ValueCount;
        var room = opening.Length + 4;
        for (var v = 0; v < count; v++)
        {
            room += (condition.ValueAt(v).Length * MaxUtf8BytesPerChar) + 3;
        }

        output.Reserve(room);
        output.Put(opening);
        if (condition.IsQuickFilter)
        {
            return true;
        }

        for (var v = 0; v < count; v++)
        {
            if (v > 0)
            {
                output.Put((byte)',');
            }

            output.Put((byte)'"');
            if (!output.PutUnescaped(condition.ValueAt(v)))
            {
                return false;
            }

            output.Put((byte)'"');
        }

        output.Put((byte)']');
        output.Put((byte)'}');
        return true;
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

    /// <summary>A pooled buffer being filled, and what the writer's encoder escapes.</summary>
    private struct Output
    {
        private readonly JavaScriptEncoder encoder;
        private readonly bool[] asciiEscapes;
        private int at;

        public Output(JavaScriptEncoder encoder, bool[] asciiEscapes, byte[] bytes)
        {
            this.encoder = encoder;
            this.asciiEscapes = asciiEscapes;
            Bytes = bytes;
            at = 0;
        }

        public byte[] Bytes { get; private set; }

        public ReadOnlySpan<byte> Written => Bytes.AsSpan(0, at);

        /// <summary>Makes room for <paramref name="count"/> more bytes, plus the filter's closing bracket.</summary>
        public void Reserve(int count)
        {
            if (at + count + 1 <= Bytes.Length)
            {
                return;
            }

            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(Bytes.Length * 2, at + count + 1));
            Written.CopyTo(larger);
            ArrayPool<byte>.Shared.Return(Bytes);
            Bytes = larger;
        }

        public void Put(byte value) => Bytes[at++] = value;

        public void Put(byte[] value)
        {
            value.AsSpan().CopyTo(Bytes.AsSpan(at));
            at += value.Length;
        }

        /// <summary>
        /// Writes a value's UTF-8; false when the encoder would escape any of it. Values are whole Unicode text: the
        /// checks refuse lone surrogates.
        /// </summary>
        public bool PutUnescaped(string value)
        {
            var i = 0;
            for (; i < value.Length && value[i] < 0x80; i++)
            {
                if (asciiEscapes[value[i]])
                {
                    return false;
                }

                Bytes[at + i] = (byte)value[i];
            }

            if (i < value.Length)
            {
                var rest = Encoding.UTF8.GetBytes(value, i, value.Length - i, Bytes, at + i);
                if (encoder.FindFirstCharacterToEncodeUtf8(Bytes.AsSpan(at + i, rest)) >= 0)
                {
                    return false;
                }

                i += rest;
            }

            at += i;
            return true;
        }
    }
}
