using System;
using System.Text;
using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>
/// The wire names of an object's members, in schema order, held as UTF-8. The API writes members in a stable order,
/// so a reader that asks first for the member after the one it read last finds each in one comparison; any other
/// order, a repeated member or an unknown one falls back to comparing every name. Generated response readers create
/// one per object type.
/// </summary>
public sealed class MemberNames
{
    private readonly byte[][] utf8;

    /// <summary>Holds <paramref name="names"/>; a member's index is its position here.</summary>
    public MemberNames(params string[] names)
    {
        if (names is null)
        {
            throw new ArgumentNullException(nameof(names));
        }

        utf8 = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }
    }

    /// <summary>
    /// The index of the member whose name the reader is on, trying <paramref name="expected"/> first; -1 for a name
    /// not held. Names are compared as <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> compares them,
    /// escapes included.
    /// </summary>
    public int IndexOf(ref Utf8JsonReader reader, int expected)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return IndexOfUnescaped(ref reader);
        }

        var name = reader.ValueSpan;
        if ((uint)expected < (uint)utf8.Length && name.SequenceEqual(utf8[expected]))
        {
            return expected;
        }

        for (var i = 0; i < utf8.Length; i++)
        {
            if (name.SequenceEqual(utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOfUnescaped(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < utf8.Length; i++)
        {
            if (NameIs(ref reader, utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the member name the reader is on is <paramref name="name"/>. A name that escapes a lone surrogate is
    /// no text, so it is none of ours: an unknown member, skipped like any other.
    /// </summary>
    internal static bool NameIs(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
