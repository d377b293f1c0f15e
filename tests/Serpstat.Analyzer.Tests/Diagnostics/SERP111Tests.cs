using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP111Tests
{
    private static string Message(string condition, string op) =>
        $"The filter NOT ({condition}) cannot be sent: the API has no opposite of '{op}'. "
        + "Rewrite the filter without negating it.";

    [Fact]
    public Task Negated_starts_with() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => !f.UrlFrom.{|#0:StartsWith|}("https://"));"""),
            Verify.Expect("SERP111", Message("url_from startsWith [https://]", "startsWith")));

    [Fact]
    public Task Negation_reaches_through_or_and_the_named_Not() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                    .Where(f => (f.Anchor.Eq("a") || f.UrlTo.{|#0:EndsWith|}(args[0])).Not());
                """),
            Verify.Expect("SERP111", Message("url_to endsWith […]", "endsWith")));

    [Fact]
    public Task Double_negation_and_negations_with_an_opposite_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => !!f.UrlFrom.StartsWith("x") && !f.UrlFrom.Contains("x") && !f.LinksExternal.Between(1, 5)
                            && !(f.Check.Lt(Date) || f.LinkType.Contains(GetOutlinks.LinkTypeFilter.Rss)));
            """));
}
