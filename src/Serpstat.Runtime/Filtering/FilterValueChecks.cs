using System;
using System.Collections.Generic;
using System.Globalization;

namespace Serpstat.Filtering;

/// <summary>Checks a condition's values against its field and returns them in canonical wire form.</summary>
internal static class FilterValueChecks
{
    // Both date formats are ten characters when day and month are zero-padded, the form dates are sent in.
    private const int PaddedDateLength = 10;

    // An owned array was made for this call alone: its canonical values are written back into it, not into a copy.
    public static string[] Check(FilterFieldInfo field, CompareType compareType, string[]? values, bool owned)
    {
        var op = CompareTypeNames.ToWire(compareType);
        if (values is null || values.Length == 0)
        {
            throw Fail(field, op, "needs at least one value; the set is empty");
        }

        foreach (var value in values)
        {
            if (value is null)
            {
                throw Fail(field, op, "has a null value");
            }
        }

        CheckCount(field, compareType, op, values.Length);

        // A loop rather than LINQ: this runs for every condition of every query built. Writing in place is safe: a
        // value is read before its slot, or an earlier one, is written.
        var encoded = owned ? values : new string[values.Length];
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var canonical = Canonical(field, op, values[i]);
            if (field.Kind != FilterValueKind.Enum || Array.IndexOf(encoded, canonical, 0, count) < 0)
            {
                encoded[count++] = canonical;
            }
        }

        if (count < encoded.Length)
        {
            Array.Resize(ref encoded, count);
        }

        if (compareType == CompareType.Between)
        {
            CheckBounds(field, op, encoded[0], encoded[1]);
        }

        return encoded;
    }

    public static string Check(FilterFieldInfo field, CompareType compareType, string? value)
    {
        var op = CompareTypeNames.ToWire(compareType);
        if (value is null)
        {
            throw Fail(field, op, "has a null value");
        }

        CheckCount(field, compareType, op, 1);
        return Canonical(field, op, value);
    }

    public static void CheckTyped(FilterFieldInfo field, CompareType compareType, FilterValueKind kind, int count)
    {
        var op = CompareTypeNames.ToWire(compareType);
        if (field.Kind != kind)
        {
            throw Fail(field, op, $"takes {Describe(field.Kind)}, not {Describe(kind)}");
        }

        CheckCount(field, compareType, op, count);
    }

    public static void CheckFinite(FilterFieldInfo field, CompareType compareType, double value)
    {
        if (!IsFinite(value))
        {
            throw NotFinite(
                field,
                CompareTypeNames.ToWire(compareType),
                value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static bool TryWhole(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    private static SerpstatFilterException NotFinite(FilterFieldInfo field, string op, string value) =>
        Fail(field, op, $"takes finite numbers; '{value}' is not one");

    public static SerpstatFilterException ReversedBounds(
        FilterFieldInfo field,
        CompareType compareType,
        string from,
        string to) =>
        Fail(field, CompareTypeNames.ToWire(compareType), $"has its lower bound {from} above its upper bound {to}");

    private static string Describe(FilterValueKind kind) => kind switch
    {
        FilterValueKind.Integer => "whole numbers",
        FilterValueKind.Number => "numbers",
        FilterValueKind.Date => "dates",
        FilterValueKind.Enum => "listed values",
        FilterValueKind.QuickFilter => "no values",
        _ => "text",
    };

    private static void CheckCount(FilterFieldInfo field, CompareType compareType, string op, int count)
    {
        if (compareType == CompareType.Between && count != 2)
        {
            throw Fail(field, op, $"needs exactly two values (from, to); got {count}");
        }

        if (compareType != CompareType.Between && field.Kind != FilterValueKind.Enum && count != 1)
        {
            throw Fail(field, op, $"takes one value; got {count}");
        }
    }

    private static string Canonical(FilterFieldInfo field, string op, string value)
    {
        switch (field.Kind)
        {
            case FilterValueKind.Integer:
                return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                    ? (IsCanonicalInteger(value) ? value : FilterValues.Integer(n))
                    : throw Fail(field, op, $"takes whole numbers; '{value}' is not one");
            case FilterValueKind.Number:
                // Whole numbers keep their digits: through a double, one past 2^53 would become another number.
                if (TryWhole(value, out var whole))
                {
                    return IsCanonicalInteger(value) ? value : FilterValues.Integer(whole);
                }

                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                {
                    throw Fail(field, op, $"takes numbers written with a dot; '{value}' is not one");
                }

                return IsFinite(d) ? FilterValues.Number(d) : throw NotFinite(field, op, value);
            case FilterValueKind.Date:
                return FilterDates.TryParse(value, field.DateFormat!, out var date)
                    ? (value.Length == PaddedDateLength ? value : FilterValues.Date(date, field.DateFormat!))
                    : throw Fail(field, op, $"takes calendar dates as {field.DateFormat}; '{value}' is not one");
            case FilterValueKind.Enum:
                return Contains(field.Values, value)
                    ? value
                    : throw Fail(field, op, $"'{value}' is not one of its values: {string.Join(", ", field.Values)}");
            default:
                if (value.Length == 0)
                {
                    throw Fail(field, op, "has an empty text value");
                }

                var broken = LoneSurrogate(value);
                return broken < 0
                    ? value
                    : throw Fail(
                        field,
                        op,
                        $"has a lone surrogate at index {broken} of its text, which UTF-8 cannot carry");
        }
    }

    /// <summary>
    /// Whether text that parsed as a whole number is already in the form <see cref="FilterValues.Integer"/> writes: no
    /// plus sign, no leading zero, no negative zero. Such text is kept as given, with no second string made.
    /// </summary>
    private static bool IsCanonicalInteger(string value)
    {
        var start = value[0] == '-' ? 1 : 0;
        if (value[0] == '+' || value.Length == start)
        {
            return false;
        }

        return value[start] != '0' || (start == 0 && value.Length == 1);
    }

    /// <summary>
    /// The index of the first half of a surrogate pair that has no other half, or -1. JSON writers would send such
    /// text as U+FFFD, a value the caller never wrote.
    /// </summary>
    private static int LoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static bool Contains(IReadOnlyList<string> listed, string value)
    {
        for (var i = 0; i < listed.Count; i++)
        {
            if (string.Equals(listed[i], value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckBounds(FilterFieldInfo field, string op, string from, string to)
    {
        var reversed = field.Kind switch
        {
            FilterValueKind.Integer => long.Parse(from, CultureInfo.InvariantCulture)
                > long.Parse(to, CultureInfo.InvariantCulture),
            FilterValueKind.Number => TryWhole(from, out var f) && TryWhole(to, out var t)
                ? f > t
                : double.Parse(from, CultureInfo.InvariantCulture) > double.Parse(to, CultureInfo.InvariantCulture),
            FilterValueKind.Date => ParseDate(field, from) > ParseDate(field, to),
            _ => false,
        };
        if (reversed)
        {
            throw ReversedBounds(field, CompareType.Between, from, to);
        }
    }

    private static DateTime ParseDate(FilterFieldInfo field, string text)
    {
        FilterDates.TryParse(text, field.DateFormat!, out var date);
        return date;
    }

    private static SerpstatFilterException Fail(FilterFieldInfo field, string op, string problem) =>
        new($"Filter '{field.WireName} {op}' {problem}.");
}
