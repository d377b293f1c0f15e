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
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.LinksExternal.Between({|SERP104:500, 1 + 1|}));"""),
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.LinksExternal.Between(1 + 1, 500));"""),
            nameof(BetweenBoundsCodeFix),
            "Swap the bounds");

    [Fact]
    public Task Swaps_string_keyed_bounds() =>
        Verify.Fix<BetweenBoundsCodeFix>(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition("links_external", CompareType.Between, {|SERP104:"9", "3"|}));"""),
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition("links_external", CompareType.Between, "3", "9"));"""),
            nameof(BetweenBoundsCodeFix),
            "Swap the bounds");

    [Theory]
    [InlineData("to: 1, from: 500", "to: 500, from: 1")]
    [InlineData("from: 500, to: 1", "from: 1, to: 500")]
    [InlineData("500, to: 1", "1, to: 500")]
    public Task Swaps_the_values_bound_to_from_and_to_whatever_the_naming(string written, string swapped) =>
        Verify.Fix<BetweenBoundsCodeFix>(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + $$""".Where(f => f.LinksExternal.Between({|SERP104:{{written}}|}));"""),
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + $$""".Where(f => f.LinksExternal.Between({{swapped}}));"""),
            nameof(BetweenBoundsCodeFix),
            "Swap the bounds");

    [Fact]
    public Task Swaps_string_keyed_bounds_in_an_array_passed_by_name() =>
        Verify.Fix<BetweenBoundsCodeFix>(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition(values: new[] { {|SERP104:"9", "3"|} }, compareType: CompareType.Between"""
                + """, field: "links_external"));"""),
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition(values: new[] { "3", "9" }, compareType: CompareType.Between"""
                + """, field: "links_external"));"""),
            nameof(BetweenBoundsCodeFix),
            "Swap the bounds");
}
