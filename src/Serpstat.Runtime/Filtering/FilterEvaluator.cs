using System;
using System.Collections.Generic;
using System.Globalization;

namespace Serpstat.Filtering;

/// <summary>
/// Evaluates a filter against a row locally, with the semantics the emulator serves (our reading of the API's):
/// <list type="bullet">
/// <item>A filter holds when any OR group holds; a group holds when all its conditions hold; no filter holds for
/// all.</item>
/// <item>Text: every comparison ignores case (ordinal, invariant). <c>eq</c>/<c>neq</c> compare the whole text;
/// <c>contains</c>/<c>notContains</c> look for a substring; <c>startsWith</c>/<c>endsWith</c> for a prefix or
/// suffix.</item>
/// <item>Integers and numbers compare by value; dates compare by calendar day (a row's time of day is ignored).
/// <c>between</c> includes both bounds.</item>
/// <item>Enums: the row's value may list several items separated by commas (<c>nofollow,UGC</c>), compared
/// ignoring case. <c>contains</c> holds when any item is one of the filter's values, <c>notContains</c> when none
/// is.</item>
/// <item>A row with no value for the field matches only <c>neq</c> and <c>notContains</c>.</item>
/// </list>
/// </summary>
public static class FilterEvaluator
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Whether <paramref name="row"/> passes <paramref name="filter"/>; true for a null filter.</summary>
    public static bool Matches(ComplexFilter? filter, IFilterRow row) =>
        filter is null || Matches(filter.Groups, row);

    /// <summary>Whether <paramref name="row"/> passes the OR of the AND <paramref name="groups"/>.</summary>
    public static bool Matches(IEnumerable<IReadOnlyList<FilterCondition>> groups, IFilterRow row)
    {
        if (groups is null)
        {
            throw new ArgumentNullException(nameof(groups));
        }

        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        var any = false;
        foreach (var group in groups)
        {
            any = true;
            if (AllHold(group, row))
            {
                return true;
            }
        }

        return !any;
    }

    /// <summary>Whether one condition holds for a field value given as <see cref="IFilterRow"/> describes.</summary>
    public static bool Matches(FilterCondition condition, object? value)
    {
        if (condition is null)
        {
            throw new ArgumentNullException(nameof(condition));
        }

        if (condition.IsQuickFilter)
        {
            throw new NotSupportedException(
                $"The quick filter '{condition.Field.WireName}' is applied by the API on its own data; it cannot be "
                + "evaluated on a row.");
        }

        if (value is null)
        {
            return condition.CompareType is CompareType.Neq or CompareType.NotContains;
        }

        var text = value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        return condition.Field.Kind switch
        {
            FilterValueKind.Text => CompareText(condition, text),
            FilterValueKind.Integer => CompareOrdered(condition, Convert.ToInt64(value, Invariant), ParseInteger),
            FilterValueKind.Number => CompareOrdered(condition, Convert.ToDouble(value, Invariant), ParseNumber),
            FilterValueKind.Date =>
                CompareOrdered(condition, ((DateTime)value).Date, t => ParseDate(condition.Field, t)),
            FilterValueKind.Enum => CompareItems(condition, text),
            _ => throw new ArgumentOutOfRangeException(nameof(condition), condition.Field.Kind, "Unknown field kind."),
        };
    }

    private static bool AllHold(IReadOnlyList<FilterCondition> group, IFilterRow row)
    {
        foreach (var condition in group)
        {
            if (!Matches(condition, row.GetFilterValue(condition.Field.WireName)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CompareText(FilterCondition condition, string actual)
    {
        var wanted = condition.ValueAt(0);
        const StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;
        return condition.CompareType switch
        {
            CompareType.Eq => string.Equals(actual, wanted, IgnoreCase),
            CompareType.Neq => !string.Equals(actual, wanted, IgnoreCase),
            CompareType.Contains => actual.IndexOf(wanted, IgnoreCase) >= 0,
            CompareType.NotContains => actual.IndexOf(wanted, IgnoreCase) < 0,
            CompareType.StartsWith => actual.StartsWith(wanted, IgnoreCase),
            CompareType.EndsWith => actual.EndsWith(wanted, IgnoreCase),
            _ => throw NotFor(condition),
        };
    }

    private static bool CompareOrdered<T>(FilterCondition condition, T actual, Func<string, T> parse)
        where T : IComparable<T>
    {
        var first = actual.CompareTo(parse(condition.ValueAt(0)));
        return condition.CompareType switch
        {
            CompareType.Gt => first > 0,
            CompareType.Gte => first >= 0,
            CompareType.Lt => first < 0,
            CompareType.Lte => first <= 0,
            CompareType.Eq => first == 0,
            CompareType.Neq => first != 0,
            CompareType.Between => first >= 0 && actual.CompareTo(parse(condition.ValueAt(1))) <= 0,
            _ => throw NotFor(condition),
        };
    }

    private static bool CompareItems(FilterCondition condition, string actual)
    {
        var anyListed = false;
        foreach (var item in actual.Split(','))
        {
            var trimmed = item.Trim();
            for (var i = 0; i < condition.ValueCount; i++)
            {
                anyListed |= string.Equals(trimmed, condition.ValueAt(i), StringComparison.OrdinalIgnoreCase);
            }
        }

        return condition.CompareType switch
        {
            CompareType.Contains => anyListed,
            CompareType.NotContains => !anyListed,
            _ => throw NotFor(condition),
        };
    }

    private static long ParseInteger(string text) =>
        long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static double ParseNumber(string text) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static DateTime ParseDate(FilterFieldInfo field, string text) =>
        FilterDates.TryParse(text, field.DateFormat!, out var date)
            ? date
            : throw new SerpstatFilterException(
                $"Filter '{field.WireName}' holds '{text}', which is not a {field.DateFormat} date.");

    private static NotSupportedException NotFor(FilterCondition condition) =>
        new($"Compare type '{CompareTypeNames.ToWire(condition.CompareType)}' does not apply to "
            + $"{condition.Field.Kind.ToString().ToLowerInvariant()} field '{condition.Field.WireName}'.");
}
