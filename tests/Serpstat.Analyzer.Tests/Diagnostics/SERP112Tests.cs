using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP112Tests
{
    [Fact]
    public Task Empty_text() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.UrlFrom.Contains({|#0:""|}));"""),
            Verify.Expect("SERP112", "Filter 'url_from contains' has an empty text value."));

    [Fact]
    public Task Not_a_whole_number_in_the_string_keyed_form() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition("links_external", CompareType.Gt, {|#0:"12.5"|}));"""),
            Verify.Expect("SERP112", "Filter 'links_external gt' takes whole numbers; '12.5' is not one."));

    [Fact]
    public Task Between_bound_that_is_not_a_number_names_between() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition("links_external", CompareType.Between, "1", {|#0:"many"|}));"""),
            Verify.Expect("SERP112", "Filter 'links_external between' takes whole numbers; 'many' is not one."));

    [Fact]
    public Task Wrong_number_of_values() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.{|#0:Condition|}("url_from", CompareType.Eq, "a", "b"));"""),
            Verify.Expect("SERP112", "Filter 'url_from eq' takes one value; got 2."));

    [Fact]
    public Task A_null_value_in_either_form() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                    .Where(f => f.Condition("url_from", CompareType.Eq, {|#0:(string)null|}) || f.UrlFrom.Eq({|#1:null|}));
                """),
            Verify.Expect("SERP112", "Filter 'url_from eq' has a null value.", 0),
            Verify.Expect("SERP112", "Filter 'url_from eq' has a null value.", 1));

    [Fact]
    public Task Well_formed_and_run_time_values_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => f.Condition("links_external", CompareType.Gt, "-3") && f.UrlFrom.Eq(args[0])
                            && f.Condition("links_external", CompareType.Between, "1", args[0]));
            """));
}
