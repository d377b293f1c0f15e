using System;

namespace Serpstat.Protocol;

/// <summary>
/// Reads the API's response dates from UTF-8 without allocating: <c>2019-09-05</c> and <c>2019-09-05 05:51:46</c>
/// (a <c>T</c> in place of the space is read too). The API states no time zone, so values are
/// <see cref="DateTimeKind.Unspecified"/>.
/// </summary>
internal static class ResponseDates
{
    // Days before each month of a common year; a page holds thousands of dates, so the ticks are counted here once
    // rather than checked again by DateTime's constructor.
    private static readonly int[] DaysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

    public static bool TryParse(ReadOnlySpan<byte> text, out DateTime value)
    {
        value = default;
        if ((text.Length != 10 && text.Length != 19) || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        var year = Digits(text[0], text[1]) * 100 + Digits(text[2], text[3]);
        var month = Digits(text[5], text[6]);
        var day = Digits(text[8], text[9]);
        int hour = 0, minute = 0, second = 0;
        if (text.Length == 19)
        {
            if ((text[10] != ' ' && text[10] != 'T') || text[13] != ':' || text[16] != ':')
            {
                return false;
            }

            hour = Digits(text[11], text[12]);
            minute = Digits(text[14], text[15]);
            second = Digits(text[17], text[18]);
        }

        // A pair with a non-digit is negative, which no range below admits (nor a year built from it).
        if (year < 1 || (uint)(month - 1) > 11 || day < 1 || (uint)hour > 23 || (uint)minute > 59 || (uint)second > 59)
        {
            return false;
        }

        var leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        var extra = leap && month > 2 ? 1 : 0;
        var daysInMonth = DaysBeforeMonth[month] - DaysBeforeMonth[month - 1] + (leap && month == 2 ? 1 : 0);
        if (day > daysInMonth)
        {
            return false;
        }

        var previous = year - 1;
        var days = (previous * 365L) + (previous / 4) - (previous / 100) + (previous / 400)
                   + DaysBeforeMonth[month - 1] + extra + day - 1;
        var seconds = (hour * 3600) + (minute * 60) + second;
        value = new DateTime(
            (days * TimeSpan.TicksPerDay) + (seconds * TimeSpan.TicksPerSecond),
            DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Two ASCII digits as a number from 0 to 99, or a negative number when either is not a digit.</summary>
    private static int Digits(byte tens, byte units)
    {
        var high = (uint)(tens - '0');
        var low = (uint)(units - '0');
        return high > 9 || low > 9 ? -10000 : (int)((high * 10) + low);
    }
}
