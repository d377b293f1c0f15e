using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP106Tests
{
    private const string Message =
        "Page 61 of 1000 rows reaches row 61000, beyond the 60000 rows SerpstatBacklinksProcedure.getOutlinks "
        + "returns for one query";

    [Fact]
    public Task Reported_on_the_call_that_crosses_the_cap_size_last() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.WithPage(61).WithSize({|#0:1000|});"""),
            Verify.Expect("SERP106", Message));

    [Fact]
    public Task Reported_on_the_call_that_crosses_the_cap_page_last() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.WithSize(1000).WithPage({|#0:60 + 1|});"""),
            Verify.Expect("SERP106", Message));

    [Fact]
    public Task An_unset_size_counts_as_the_api_default_of_100() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithPage({|#0:601|});"""),
            Verify.Expect(
                "SERP106",
                "Page 601 of 100 rows reaches row 60100, beyond the 60000 rows SerpstatBacklinksProcedure.getOutlinks "
                + "returns for one query"));

    [Fact]
    public Task The_last_row_of_the_cap_and_run_time_values_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithPage(60).WithSize(1000);
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithPage(600);
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithPage(61).WithSize(args.Length);
            """));

    [Fact]
    public Task An_out_of_range_size_gets_only_its_own_diagnostic() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.WithPage(500).WithSize({|#0:5000|});"""),
            Verify.Expect("SERP105", "size must be from 1 to 1000; 5000 is not"));
}
