using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP103Tests
{
    private static string Message(string op, string value) =>
        $"Filter 'check {op}' takes calendar dates written DD.MM.YYYY; '{value}' is not one";

    [Fact]
    public Task A_day_the_month_lacks_is_an_error() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Check.Lte({|#0:"31.02.2030"|}));"""),
            Verify.Expect("SERP103", Message("lte", "31.02.2030")));

    [Fact]
    public Task The_folded_constant_is_checked_not_the_syntax() =>
        Verify.Analyzer(
            Code.Of("""
                const string day = "29.";
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.Check.Gt({|#0:day + "02." + "2031"|}));
                """),
            Verify.Expect("SERP103", Message("gt", "29.02.2031")));

    [Fact]
    public Task A_date_built_with_named_parts_is_read_by_parameter() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                    .Where(f => f.Check.Lte(new DateTime(day: 31, month: 1, year: 2030)) || f.Check.Gt({|#0:new DateTime(day: 30, month: 2, year: 2030)|}));
                """),
            Verify.Expect("SERP103", Message("gt", "new DateTime(day: 30, month: 2, year: 2030)")));

    [Fact]
    public Task Another_format_is_an_error() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Check.Eq({|#0:"2030-01-01"|}));"""),
            Verify.Expect("SERP103", Message("eq", "2030-01-01")));

    [Fact]
    public Task String_keyed_form_is_checked() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition("check", CompareType.Gte, {|#0:"1.13.2030"|}));"""),
            Verify.Expect("SERP103", Message("gte", "1.13.2030")));

    [Fact]
    public Task A_DateTime_built_from_constants_that_names_no_day_is_an_error() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Check.Lt({|#0:new DateTime(2030, 2, 31)|}));"""),
            Verify.Expect("SERP103", Message("lt", "new DateTime(2030, 2, 31)")));

    [Fact]
    public Task Valid_padded_and_unpadded_dates_and_run_time_values_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            var text = args[0];
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => f.Check.Lte("1.1.2030") && f.Check.Gt(Date) && f.Check.Lt("29.02.2028")
                            && f.Check.Neq(text) && f.Check.Eq(DateTime.Today) && f.Check.Gte(new DateTime(2030, 1, 31))
                            && f.Condition("check", CompareType.Lt, nameof(text) == "text" ? "01.01.2031" : text));
            """));
}
