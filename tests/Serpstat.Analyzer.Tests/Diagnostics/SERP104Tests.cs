using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

/// <summary>
/// SERP104 spans both bounds as written (markup 0, 3, 6, ...) and carries the value bound to from, then the one bound
/// to to (the next two markups), which the code fix swaps.
/// </summary>
public sealed class SERP104Tests
{
    private static DiagnosticResult Reversed(string from, string to, int at = 0) =>
        Verify.Expect(
            "SERP104",
            $"Filter 'links_external between' has its lower bound {from} above its upper bound {to}; swap them",
            at)
            .WithLocation(at + 1)
            .WithLocation(at + 2);

    [Fact]
    public Task Reversed_typed_bounds_are_reported_on_both_bounds() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.LinksExternal.Between({|#0:{|#1:500|}, {|#2:1|}|}));"""),
            Reversed("500", "1"));

    [Fact]
    public Task Bounds_folded_from_constants() =>
        Verify.Analyzer(
            Code.Of("""
                const long high = 400;
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.LinksExternal.Between({|#0:{|#1:high + 100|}, {|#2:1 + 2|}|}));
                """),
            Reversed("500", "3"));

    [Fact]
    public Task String_keyed_bounds() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition("links_external", CompareType.Between"""
                + """, {|#0:{|#1:"500"|}, {|#2:"20"|}|}));"""),
            Reversed("500", "20"));

    [Fact]
    public Task Named_bounds_are_read_by_parameter_whatever_order_they_are_written_in() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                    .Where(f => f.LinksExternal.Between({|#0:to: {|#2:1|}, from: {|#1:500|}|})
                                || f.LinksExternal.Between({|#3:from: {|#4:40|}, to: {|#5:3|}|})
                                || f.LinksExternal.Between({|#6:{|#7:60|}, to: {|#8:6|}|}));
                """),
            Reversed("500", "1"),
            Reversed("40", "3", 3),
            Reversed("60", "6", 6));

    [Fact]
    public Task String_keyed_form_with_named_arguments() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                    .Where(f => f.Condition(values: new[] { {|#0:{|#1:"500"|}, {|#2:"20"|}|} }, compareType: CompareType.Between, field: "links_external"));
                """),
            Reversed("500", "20"));

    [Fact]
    public Task Ordered_named_bounds_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => f.LinksExternal.Between(to: 500, from: 1) && f.LinksExternal.Between(from: 1, to: 500)
                            && f.Condition(compareType: CompareType.Between, values: new[] { "1", "500" }, field: "links_external"));
            """));

    [Fact]
    public Task Ordered_equal_and_run_time_bounds_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            var high = args.Length;
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => f.LinksExternal.Between(1, 500) && f.LinksExternal.Between(5, 5) && f.LinksExternal.Between(high, 1));
            """));
}
