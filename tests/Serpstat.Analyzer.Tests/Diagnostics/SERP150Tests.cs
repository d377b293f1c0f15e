using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Serpstat.Analyzer.Tests.Infrastructure;
using Serpstat.Generator.Analyzers;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP150Tests
{
    private const string Sends = "This query, as built in this expression, sends: ";

    [Fact]
    public Task Required_params_only() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.{|#0:Query|}("serpstat.com", GetOutlinks.SearchType.DomainWithSubdomains);"""),
            withPreview: true,
            Verify.Expect(
                "SERP150",
                Sends + """{"id":1,"method":"SerpstatBacklinksProcedure.getOutlinks","params":"""
                + """{"query":"serpstat.com","searchType":"domain_with_subdomains"}}"""));

    [Fact]
    public Task Params_in_schema_order_and_the_filter_normalised_with_padded_dates() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.{|#0:Query|}("serpstat.com", GetOutlinks.SearchType.Url)
                    .WithSize(2)
                    .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromPage)
                    .Where(f => !(f.LinksExternal.Between(1, 500) && f.Check.Lte("1.1.2030")))
                    .WithSort(GetOutlinks.Sort.UrlFrom)
                    .Where(f => f.LinkNofollow.Contains(GetOutlinks.LinkNofollowFilter.Ugc));
                """),
            withPreview: true,
            Verify.Expect(
                "SERP150",
                Sends + """{"id":1,"method":"SerpstatBacklinksProcedure.getOutlinks","params":"""
                + """{"query":"serpstat.com","searchType":"URL","sort":"url_from","size":2,"linkPerDomain":"""
                + """0,"complexFilter":"""
                + """[[{"field":"links_external","compareType":"lt","value":["1"]},"""
                + """{"field":"link_nofollow","compareType":"contains","value":["ugc"]}],"""
                + """[{"field":"links_external","compareType":"gt","value":["500"]},"""
                + """{"field":"link_nofollow","compareType":"contains","value":["ugc"]}],"""
                + """[{"field":"check","compareType":"gt","value":["01.01.2030"]},"""
                + """{"field":"link_nofollow","compareType":"contains","value":["ugc"]}]]}}"""));

    [Fact]
    public Task Named_required_params_are_shown_in_schema_order() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.{|#0:Query|}(searchType: GetOutlinks.SearchType.Domain, query: "serpstat.com").WithSize(value: 2);
                {|#1:new GetOutlinks.Request(searchType: GetOutlinks.SearchType.Url, query: "https://serpstat.com/")|};
                """),
            withPreview: true,
            Verify.Expect(
                "SERP150",
                Sends + """{"id":1,"method":"SerpstatBacklinksProcedure.getOutlinks","params":"""
                + """{"query":"serpstat.com","searchType":"domain","size":2}}""",
                0),
            Verify.Expect(
                "SERP150",
                Sends + """{"id":1,"method":"SerpstatBacklinksProcedure.getOutlinks","params":"""
                + """{"query":"https://serpstat.com/","searchType":"URL"}}""",
                1));

    [Fact]
    public Task A_chain_the_runtime_refuses_has_no_preview() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.Query({|#0:"https://serpstat.com/"|}, GetOutlinks.SearchType.Domain);
                new GetOutlinks.Request({|#1:"not a url"|}, GetOutlinks.SearchType.Url).WithSize(2);
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithPage(61).WithSize({|#2:1000|});
                """),
            withPreview: true,
            Verify.Expect(
                "SERP107",
                "Search type SearchType.Domain takes a bare domain, but 'https://serpstat.com/' has a scheme and a "
                + "trailing slash; write 'serpstat.com'",
                0),
            Verify.Expect(
                "SERP108",
                "Search type SearchType.Url takes a URL such as site.com/path/, but 'not a url' is not one",
                1),
            Verify.Expect(
                "SERP106",
                "Page 61 of 1000 rows reaches row 61000, beyond the 60000 rows SerpstatBacklinksProcedure.getOutlinks "
                + "returns for one query",
                2));

    [Fact]
    public Task Any_value_known_only_at_run_time_or_an_invalid_one_means_no_preview() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.Query(args[0], GetOutlinks.SearchType.Domain);
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithPage(args.Length);
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.UrlFrom.Eq(args[0]));
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithPage({|#0:0|});
                """),
            withPreview: true,
            Verify.Expect("SERP105", "page must be at least 1; 0 is not"));

    /// <summary>
    /// A command-line build skips an analyzer that reports only info, which keeps previews out of builds.
    /// </summary>
    [Fact]
    public void The_preview_analyzer_reports_only_info() =>
        Assert.All(
            new SerpstatQueryPreviewAnalyzer().SupportedDiagnostics,
            d => Assert.Equal(DiagnosticSeverity.Info, d.DefaultSeverity));
}
