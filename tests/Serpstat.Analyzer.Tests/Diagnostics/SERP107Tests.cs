using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP107Tests
{
    [Fact]
    public Task Scheme_and_trailing_slash() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query({|#0:"https://serpstat.com/"|}, GetOutlinks.SearchType.Domain);"""),
            Verify.Expect(
                "SERP107",
                "Search type SearchType.Domain takes a bare domain, "
                + "but 'https://serpstat.com/' has a scheme and a trailing slash; write 'serpstat.com'"));

    [Fact]
    public Task Path_from_a_constant_with_subdomains() =>
        Verify.Analyzer(
            Code.Of("""
                const string site = "serpstat.com/blog";
                GetOutlinks.Query({|#0:site|}, GetOutlinks.SearchType.DomainWithSubdomains);
                """),
            Verify.Expect(
                "SERP107",
                "Search type SearchType.DomainWithSubdomains takes a bare domain, "
                + "but 'serpstat.com/blog' has a path; write 'serpstat.com'"));

    [Fact]
    public Task Named_arguments_in_any_order() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.Query(searchType: GetOutlinks.SearchType.Domain, query: {|#0:"https://serpstat.com/"|});
                new GetOutlinks.Request(searchType: GetOutlinks.SearchType.Domain, query: {|#1:"serpstat.com/"|});
                GetOutlinks.Query(searchType: GetOutlinks.SearchType.Url, query: "https://serpstat.com/");
                """),
            Verify.Expect(
                "SERP107",
                "Search type SearchType.Domain takes a bare domain, "
                + "but 'https://serpstat.com/' has a scheme and a trailing slash; write 'serpstat.com'",
                0),
            Verify.Expect(
                "SERP107",
                "Search type SearchType.Domain takes a bare domain, "
                + "but 'serpstat.com/' has a trailing slash; write 'serpstat.com'",
                1));

    [Fact]
    public Task The_request_constructor_is_checked_too() =>
        Verify.Analyzer(
            Code.Of("""new GetOutlinks.Request({|#0:"serpstat.com/"|}, GetOutlinks.SearchType.Domain);"""),
            Verify.Expect(
                "SERP107",
                "Search type SearchType.Domain takes a bare domain, "
                + "but 'serpstat.com/' has a trailing slash; write 'serpstat.com'"));

    [Fact]
    public Task Bare_domains_url_searches_and_run_time_values_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain);
            GetOutlinks.Query("https://serpstat.com/blog/", GetOutlinks.SearchType.Url);
            GetOutlinks.Query(args[0], GetOutlinks.SearchType.Domain);
            GetOutlinks.Query("https://serpstat.com/", args.Length > 0 ? GetOutlinks.SearchType.Url : GetOutlinks.SearchType.Domain);
            """));

    [Fact]
    public Task A_look_alike_Query_method_is_not_checked() =>
        Verify.Analyzer("""
            public static class GetOutlinks
            {
                public enum SearchType { Domain }

                public static int Query(string query, SearchType searchType) => 0;
            }

            public static class Program
            {
                public static void Main() => GetOutlinks.Query("https://serpstat.com/", GetOutlinks.SearchType.Domain);
            }
            """);
}
