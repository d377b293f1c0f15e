using System;

namespace Serpstat.Protocol;

/// <summary>
/// Reads the API's response dates from UTF-8 without allocating: <c>2019-09-05</c> and <c>2019-09-05 05:51:46</c>
/// (a <c>T</c> in place of the space is read too). The API states no time zone, so values are
/// <see cref="DateTimeKind.Unspecified"/>.
/// </summary>
internal static class ResponseDates
{
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTime value)
    {
        value = default;
        if (text.Length != 10 && text.Length != 19)
        {
            return false;
        }

        if (text[4] != '-' || text[7] != '-'
            || !TryDigits(text.Slice(0, 4), out var year)
            || !TryDigits(text.Slice(5, 2), out var month)
            || !TryDigits(text.Slice(8, 2), out var day))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        if (text.Length == 19
            && ((text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':'
                || !TryDigits(text.Slice(11, 2), out hour)
                || !TryDigits(text.Slice(14, 2), out minute)
                || !TryDigits(text.Slice(17, 2), out second)))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var b in text)
        {
            if (b < '0' || b > '9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
