using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP105Tests
{
    [Fact]
    public Task Page_below_one() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithPage({|#0:0|});"""),
            Verify.Expect("SERP105", "page must be at least 1; 0 is not"));

    [Fact]
    public Task Size_above_the_maximum_from_a_constant_expression() =>
        Verify.Analyzer(
            Code.Of("""
                const int rows = 500;
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithSize({|#0:rows * 3|});
                """),
            Verify.Expect("SERP105", "size must be from 1 to 1000; 1500 is not"));

    [Fact]
    public Task Size_zero() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithSize({|#0:0|});"""),
            Verify.Expect("SERP105", "size must be from 1 to 1000; 0 is not"));

    [Fact]
    public Task Bounds_themselves_and_run_time_values_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithPage(1).WithSize(1000);
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithPage(args.Length - 5).WithSize(args.Length);
            """));
}
