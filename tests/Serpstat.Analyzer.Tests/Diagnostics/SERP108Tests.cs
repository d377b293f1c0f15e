using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP108Tests
{
    [Theory]
    [InlineData("Url", "not a url")]
    [InlineData("PartUrl", "serpstat")]
    [InlineData("Url", "ftp://serpstat.com/file")]
    [InlineData("PartUrl", "")]
    public Task Not_a_web_url(string searchType, string query) =>
        Verify.Analyzer(
            Code.Of($$"""GetOutlinks.Query({|#0:"{{query}}"|}, GetOutlinks.SearchType.{{searchType}});"""),
            Verify.Expect(
                "SERP108",
                $"Search type SearchType.{searchType} takes a URL such as site.com/path/, but '{query}' is not one"));

    [Fact]
    public Task Urls_with_or_without_scheme_and_run_time_values_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            GetOutlinks.Query("serpstat.com/blog/", GetOutlinks.SearchType.Url);
            GetOutlinks.Query("https://serpstat.com/blog/post?id=1", GetOutlinks.SearchType.PartUrl);
            GetOutlinks.Query(args[0], GetOutlinks.SearchType.Url);
            """));
}
