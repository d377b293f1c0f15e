using System;
using System.Globalization;
using System.Text;
using Serpstat.Protocol;
using Xunit;

namespace Serpstat.Runtime.Tests.Responses;

/// <summary>Response dates count their ticks themselves: they must agree with DateTime on every calendar day.</summary>
public sealed class ResponseDatesTests
{
    [Fact]
    public void Every_day_from_year_1_to_9999_reads_as_DateTime_has_it()
    {
        for (var date = DateTime.MinValue; date < DateTime.MaxValue.Date; date = date.AddDays(1))
        {
            var time = date.AddSeconds(date.DayOfYear * 211 % 86400);
            var text = Encoding.ASCII.GetBytes(time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));

            Assert.True(ResponseDates.TryParse(text, out var read));
            Assert.Equal(time, read);
            Assert.Equal(DateTimeKind.Unspecified, read.Kind);
            Assert.True(ResponseDates.TryParse(text.AsSpan(0, 10), out var day));
            Assert.Equal(date, day);
        }
    }

    [Theory]
    [InlineData("2020-02-29", true)]
    [InlineData("2000-02-29", true)]
    [InlineData("2019-02-29", false)]
    [InlineData("1900-02-29", false)]
    [InlineData("2019-04-31", false)]
    [InlineData("2019-12-31T23:59:59", true)]
    [InlineData("0000-01-01", false)]
    [InlineData("2019-00-10", false)]
    [InlineData("2019-13-10", false)]
    [InlineData("2019-01-00", false)]
    [InlineData("2019-01-01 24:00:00", false)]
    [InlineData("2019-01-01 23:60:00", false)]
    [InlineData("2019-01-01 23:59:60", false)]
    [InlineData("2019-01-01 23:59:5x", false)]
    [InlineData("2019-01-01x23:59:59", false)]
    [InlineData("2019/01/01", false)]
    [InlineData("2a19-01-01", false)]
    [InlineData("201a-01-01", false)]
    [InlineData("2019-1-01", false)]
    [InlineData("-019-01-01", false)]
    public void Only_calendar_dates_in_the_api_format_are_read(string text, bool read)
    {
        Assert.Equal(read, ResponseDates.TryParse(Encoding.ASCII.GetBytes(text), out _));
    }
}
