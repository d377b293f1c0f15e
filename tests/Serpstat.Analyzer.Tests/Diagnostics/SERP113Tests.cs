using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP113Tests
{
    private static string Message(int groups) =>
        $"The filter expands to {groups} OR groups in the API's form, more than the 1024 allowed. "
        + "Simplify it, for example by using a set of values in one condition.";

    /// <summary><paramref name="count"/> ORs of two conditions each, ANDed: 2^count groups.</summary>
    private static string AndedOrs(int count) =>
        string.Join(
            " && ",
            Enumerable.Range(1, count).Select(i => $"(f.LinksExternal.Eq({i}) || f.Anchor.Eq(\"{i}\"))"));

    /// <summary><paramref name="count"/> conditions ORed: one group each.</summary>
    private static string Ors(int count) =>
        string.Join(" || ", Enumerable.Range(1, count).Select(i => $"f.LinksExternal.Eq({i})"));

    [Fact]
    public Task Ands_of_ors_that_expand_past_the_limit() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + $$""".Where({|#0:f => {{AndedOrs(12)}}|});"""),
            Verify.Expect("SERP113", Message(2048)));

    [Fact]
    public async Task A_chain_of_3000_ors_is_reported_quickly_and_without_an_analyzer_crash()
    {
        var watch = Stopwatch.StartNew();
        await Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + $$""".Where({|#0:f => {{Ors(3000)}}|});"""),
            Verify.Expect("SERP113", Message(1025)));

        // The harness compiles and analyzes the code several times; a quadratic walk would take minutes.
        Assert.True(watch.Elapsed.TotalSeconds < 60, $"took {watch.Elapsed}");
    }

    [Fact]
    public Task Where_calls_that_together_expand_past_the_limit_are_reported_at_the_one_that_crosses_it() =>
        Verify.Analyzer(Code.Of($$"""
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => {{AndedOrs(6)}})
                .Where({|#0:f => {{AndedOrs(5)}}|});
            """),
            Verify.Expect("SERP113", Message(2048)));

    [Fact]
    public Task Filters_at_the_limit_and_those_with_run_time_values_get_nothing() =>
        Verify.Analyzer(Code.Of($$"""
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => {{AndedOrs(10)}});
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => {{Ors(1024)}});
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => {{AndedOrs(5)}}).Where(f => {{AndedOrs(5)}});
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => {{AndedOrs(12)}} && f.UrlFrom.Eq(args[0]));
            """));
}
