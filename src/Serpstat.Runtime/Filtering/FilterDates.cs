using System;
using System.Globalization;

namespace Serpstat.Filtering;

/// <summary>
/// The date formats filter values travel in. Most methods take <c>DD.MM.YYYY</c> (the reference's examples also send
/// it unpadded, <c>1.1.2030</c>, which is read too); the threat methods take <c>YYYY-MM-DD</c>. Dates are always
/// written zero-padded.
/// </summary>
public static class FilterDates
{
    /// <summary>Day, month and year separated by dots: <c>01.01.2030</c>.</summary>
    public const string DayMonthYear = "DD.MM.YYYY";

    /// <summary>ISO order: <c>2030-01-01</c>.</summary>
    public const string YearMonthDay = "YYYY-MM-DD";

    /// <summary>Writes <paramref name="date"/> (its date part) in <paramref name="format"/>.</summary>
    public static string Format(DateTime date, string format) =>
        CheckFormat(format) == DayMonthYear
            ? date.ToString("dd'.'MM'.'yyyy", CultureInfo.InvariantCulture)
            : date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a date written in <paramref name="format"/>, accepting one- or two-digit day and month. Fails for text
    /// that is not in the format or names no calendar date (31.02.2030).
    /// </summary>
    public static bool TryParse(string? text, string format, out DateTime date)
    {
        date = default;
        if (text is null)
        {
            return false;
        }

        var parts = text.Split(CheckFormat(format) == DayMonthYear ? '.' : '-');
        if (parts.Length != 3)
        {
            return false;
        }

        var (dayText, monthText, yearText) = format == DayMonthYear
            ? (parts[0], parts[1], parts[2])
            : (parts[2], parts[1], parts[0]);
        if (!TryParsePart(dayText, 1, 2, out var day)
            || !TryParsePart(monthText, 1, 2, out var month)
            || !TryParsePart(yearText, 4, 4, out var year))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    internal static string CheckFormat(string? format) =>
        format is DayMonthYear or YearMonthDay
            ? format
            : throw new ArgumentException(
                $"Unknown filter date format '{format}'; use {DayMonthYear} or {YearMonthDay}.", nameof(format));

    private static bool TryParsePart(string text, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        if (text.Length < minDigits || text.Length > maxDigits)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
