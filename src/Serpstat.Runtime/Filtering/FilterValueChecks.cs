using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Serpstat.Filtering;

/// <summary>Checks a condition's values against its field and returns them in canonical wire form.</summary>
internal static class FilterValueChecks
{
    public static string[] Check(FilterFieldInfo field, CompareType compareType, string[]? values)
    {
        var op = CompareTypeNames.ToWire(compareType);
        if (values is null || values.Length == 0)
        {
            throw Fail(field, op, "needs at least one value; the set is empty");
        }

        if (values.Any(v => v is null))
        {
            throw Fail(field, op, "has a null value");
        }

        CheckCount(field, compareType, op, values.Length);
        var encoded = values.Select(v => Canonical(field, op, v)).ToArray();
        if (field.Kind == FilterValueKind.Enum)
        {
            encoded = encoded.Distinct(StringComparer.Ordinal).ToArray();
        }

        if (compareType == CompareType.Between)
        {
            CheckBounds(field, op, encoded[0], encoded[1]);
        }

        return encoded;
    }

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
                    ? FilterValues.Integer(n)
                    : throw Fail(field, op, $"takes whole numbers; '{value}' is not one");
            case FilterValueKind.Number:
                return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? FilterValues.Number(d)
                    : throw Fail(field, op, $"takes numbers written with a dot; '{value}' is not one");
            case FilterValueKind.Date:
                return FilterDates.TryParse(value, field.DateFormat!, out var date)
                    ? FilterValues.Date(date, field.DateFormat!)
                    : throw Fail(field, op, $"takes calendar dates as {field.DateFormat}; '{value}' is not one");
            case FilterValueKind.Enum:
                return field.Values.Contains(value, StringComparer.Ordinal)
                    ? value
                    : throw Fail(field, op, $"'{value}' is not one of its values: {string.Join(", ", field.Values)}");
            default:
                return value.Length > 0 ? value : throw Fail(field, op, "has an empty text value");
        }
    }

    private static void CheckBounds(FilterFieldInfo field, string op, string from, string to)
    {
        var reversed = field.Kind switch
        {
            FilterValueKind.Integer => long.Parse(from, CultureInfo.InvariantCulture)
                > long.Parse(to, CultureInfo.InvariantCulture),
            FilterValueKind.Number => double.Parse(from, CultureInfo.InvariantCulture)
                > double.Parse(to, CultureInfo.InvariantCulture),
            FilterValueKind.Date => ParseDate(field, from) > ParseDate(field, to),
            _ => false,
        };
        if (reversed)
        {
            throw Fail(field, op, $"has its lower bound {from} above its upper bound {to}");
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
