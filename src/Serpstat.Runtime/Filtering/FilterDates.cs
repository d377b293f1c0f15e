using System;

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
    public static string Format(DateTime date, string format)
    {
        // Written digit by digit: culture-invariant by construction, and no format string to interpret each time.
        Span<char> text = stackalloc char[10];
        if (CheckFormat(format) == DayMonthYear)
        {
            Digits(text, 0, date.Day, 2);
            text[2] = '.';
            Digits(text, 3, date.Month, 2);
            text[5] = '.';
            Digits(text, 6, date.Year, 4);
        }
        else
        {
            Digits(text, 0, date.Year, 4);
            text[4] = '-';
            Digits(text, 5, date.Month, 2);
            text[7] = '-';
            Digits(text, 8, date.Day, 2);
        }

        return text.ToString();
    }

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

        // Positions rather than Split: no array and no substrings for a value read on every query built.
        var separator = CheckFormat(format) == DayMonthYear ? '.' : '-';
        var first = text.IndexOf(separator);
        var second = first < 0 ? -1 : text.IndexOf(separator, first + 1);
        if (second < 0 || text.IndexOf(separator, second + 1) >= 0)
        {
            return false;
        }

        var dayFirst = format == DayMonthYear;
        var (dayStart, dayEnd) = dayFirst ? (0, first) : (second + 1, text.Length);
        var (yearStart, yearEnd) = dayFirst ? (second + 1, text.Length) : (0, first);
        if (!TryParsePart(text, dayStart, dayEnd, 1, 2, out var day)
            || !TryParsePart(text, first + 1, second, 1, 2, out var month)
            || !TryParsePart(text, yearStart, yearEnd, 4, 4, out var year))
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

    private static void Digits(Span<char> text, int start, int value, int count)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    internal static string CheckFormat(string? format) =>
        format is DayMonthYear or YearMonthDay
            ? format
            : throw new ArgumentException(
                $"Unknown filter date format '{format}'; use {DayMonthYear} or {YearMonthDay}.", nameof(format));

    private static bool TryParsePart(string text, int start, int end, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var length = end - start;
        if (length < minDigits || length > maxDigits)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
