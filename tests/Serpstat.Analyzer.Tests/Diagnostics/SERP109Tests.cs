using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP109Tests
{
    [Fact]
    public Task A_misspelt_value_of_an_enum_field() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition("link_nofollow", CompareType.Contains, "follow", {|#0:"nofolow"|}));"""),
            Verify.Expect(
                "SERP109",
                "'nofolow' is not a value of filter field 'link_nofollow'; "
                + "its values are: follow, nofollow, ugc, sponsored"));

    [Fact]
    public Task The_response_vocabulary_is_not_the_filter_vocabulary() =>
        Verify.Analyzer(
            Code.Of("""
                const string href = nameof(href);
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.Condition("link_type", CompareType.NotContains, {|#0:href|}));
                """),
            Verify.Expect(
                "SERP109",
                "'href' is not a value of filter field 'link_type'; "
                + "its values are: text, redirect, iframe, form, canonical, rss, alternate, image"));

    [Fact]
    public Task Listed_values_typed_values_and_run_time_values_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => f.Condition("link_nofollow", CompareType.Contains, "follow", "ugc", args[0])
                            && f.LinkType.Contains(GetOutlinks.LinkTypeFilter.Iframe, GetOutlinks.LinkTypeFilter.Text));
            """));
}
