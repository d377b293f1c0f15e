using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP110Tests
{
    [Fact]
    public Task Typed_enum_field_with_no_values() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.LinkNofollow.{|#0:Contains|}());"""),
            Verify.Expect("SERP110", "Filter 'link_nofollow contains' needs at least one value; the set is empty"));

    [Fact]
    public Task String_keyed_form_with_an_empty_array() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition("link_type", CompareType.NotContains, {|#0:new string[0]|}));"""),
            Verify.Expect("SERP110", "Filter 'link_type notContains' needs at least one value; the set is empty"));

    [Fact]
    public Task String_keyed_form_with_the_empty_array_named_first() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition(values: {|#0:new string[0]|}"""
                + """, field: "link_type", compareType: CompareType.Contains));"""),
            Verify.Expect("SERP110", "Filter 'link_type contains' needs at least one value; the set is empty"));

    [Fact]
    public Task String_keyed_form_with_no_values_at_all() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.{|#0:Condition|}("url_from", CompareType.Eq));"""),
            Verify.Expect("SERP110", "Filter 'url_from eq' needs at least one value; the set is empty"));

    [Fact]
    public Task A_null_array_is_the_empty_set_in_either_form() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                    .Where(f => f.Condition("url_from", CompareType.Eq, {|#0:null|}) || f.LinkType.{|#1:Contains|}(null));
                """),
            Verify.Expect("SERP110", "Filter 'url_from eq' needs at least one value; the set is empty", 0),
            Verify.Expect("SERP110", "Filter 'link_type contains' needs at least one value; the set is empty", 1));

    [Fact]
    public Task Values_and_arrays_known_only_at_run_time_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            var chosen = new GetOutlinks.LinkNofollowFilter[args.Length];
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => f.LinkNofollow.Contains(chosen) && f.LinkType.Contains(GetOutlinks.LinkTypeFilter.Rss)
                            && f.Condition("link_type", CompareType.Contains, args));
            """));
}
