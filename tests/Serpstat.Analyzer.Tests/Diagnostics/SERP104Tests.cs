using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP104Tests
{
    [Fact]
    public Task Reversed_typed_bounds_are_reported_on_both_bounds() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.LinksExternal.Between({|#0:500, 1|}));"""),
            Verify.Expect("SERP104", "Filter 'links_external between' has its lower bound 500 above its upper bound 1; swap them"));

    [Fact]
    public Task Bounds_folded_from_constants() =>
        Verify.Analyzer(
            Code.Of("""
                const long high = 400;
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.LinksExternal.Between({|#0:high + 100, 1 + 2|}));
                """),
            Verify.Expect("SERP104", "Filter 'links_external between' has its lower bound 500 above its upper bound 3; swap them"));

    [Fact]
    public Task String_keyed_bounds() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.Condition("links_external", CompareType.Between, {|#0:"500", "20"|}));"""),
            Verify.Expect("SERP104", "Filter 'links_external between' has its lower bound 500 above its upper bound 20; swap them"));

    [Fact]
    public Task Ordered_equal_and_run_time_bounds_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            var high = args.Length;
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => f.LinksExternal.Between(1, 500) && f.LinksExternal.Between(5, 5) && f.LinksExternal.Between(high, 1));
            """));
}
