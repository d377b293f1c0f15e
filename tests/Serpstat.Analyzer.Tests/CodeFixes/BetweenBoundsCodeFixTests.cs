using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Serpstat.Generator.CodeFixes;
using Xunit;

namespace Serpstat.Analyzer.Tests.CodeFixes;

public sealed class BetweenBoundsCodeFixTests
{
    [Fact]
    public Task Swaps_typed_bounds() =>
        Verify.Fix<BetweenBoundsCodeFix>(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.LinksExternal.Between({|SERP104:500, 1 + 1|}));"""),
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.LinksExternal.Between(1 + 1, 500));"""),
            nameof(BetweenBoundsCodeFix),
            "Swap the bounds");

    [Fact]
    public Task Swaps_string_keyed_bounds() =>
        Verify.Fix<BetweenBoundsCodeFix>(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.Condition("links_external", CompareType.Between, {|SERP104:"9", "3"|}));"""),
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.Condition("links_external", CompareType.Between, "3", "9"));"""),
            nameof(BetweenBoundsCodeFix),
            "Swap the bounds");
}
