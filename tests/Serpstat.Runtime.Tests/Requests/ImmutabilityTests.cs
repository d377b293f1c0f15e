using System;
using Serpstat.Backlinks;
using Xunit;

namespace Serpstat.Runtime.Tests.Requests;

/// <summary>
/// Requests are values: every With method and Where returns a new request and leaves the old one alone.
/// </summary>
public sealed class ImmutabilityTests
{
    [Fact]
    public void Where_on_a_shared_base_query_does_not_change_it()
    {
        var baseQuery = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithSize(10);

        var high = baseQuery.Where(f => f.LinksExternal.Gt(5));
        var low = baseQuery.Where(f => f.LinksExternal.Lt(3));

        Assert.Null(baseQuery.ComplexFilter);
        Assert.Equal("(links_external gt [5])", high.ComplexFilter!.ToString());
        Assert.Equal("(links_external lt [3])", low.ComplexFilter!.ToString());
        Assert.Equal(10, low.Size);
    }

    [Fact]
    public void With_methods_return_new_requests()
    {
        var first = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain);

        var second = first.WithPage(2);

        Assert.NotSame(first, second);
        Assert.Null(first.Page);
        Assert.Equal(2, second.Page);
    }

    [Fact]
    public void Refused_value_leaves_the_request_as_it_was()
    {
        var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithPage(61);

        Assert.Throws<ArgumentOutOfRangeException>(() => query.WithSize(1000));

        Assert.Null(query.Size);
        Assert.Equal(
            "{\"id\":1,\"method\":\"SerpstatBacklinksProcedure.getOutlinks\",\"params\":{\"query\":\"serpstat.com\","
            + "\"searchType\":\"domain\",\"page\":61}}",
            query.ToJson(1));
    }

    [Theory]
    [InlineData("https://serpstat.com", GetOutlinks.SearchType.Domain,
                "Search type SearchType.Domain takes a bare domain, but 'https://serpstat.com' has a scheme; write "
                + "'serpstat.com'. (Parameter 'query')")]
    [InlineData("serpstat.com/", GetOutlinks.SearchType.DomainWithSubdomains,
                "Search type SearchType.DomainWithSubdomains takes a bare domain, but 'serpstat.com/' has a trailing "
                + "slash; write 'serpstat.com'. (Parameter 'query')")]
    [InlineData("", GetOutlinks.SearchType.Domain,
                "Search type SearchType.Domain takes a bare domain, but '' has no domain in it; write a domain such as "
                + "serpstat.com. (Parameter 'query')")]
    [InlineData("serpstat.com:8080?x=1", GetOutlinks.SearchType.Domain,
                "Search type SearchType.Domain takes a bare domain, but 'serpstat.com:8080?x=1' has a query string or "
                + "fragment and a port; write 'serpstat.com'. (Parameter 'query')")]
    [InlineData("not a url", GetOutlinks.SearchType.Url,
                "Search type SearchType.Url takes a URL such as site.com/path/, but 'not a url' is not one. "
                + "(Parameter 'query')")]
    public void Query_known_only_at_run_time_is_checked_against_its_search_type(
        string query,
        GetOutlinks.SearchType searchType,
        string message)
    {
        var error = Assert.Throws<ArgumentException>(() => GetOutlinks.Query(query, searchType));

        Assert.Equal(message, error.Message);
        Assert.Equal("query", error.ParamName);
    }

    [Theory]
    [InlineData("serpstat.com", GetOutlinks.SearchType.Domain)]
    [InlineData("blog.serpstat.com", GetOutlinks.SearchType.DomainWithSubdomains)]
    [InlineData("https://serpstat.com/blog/", GetOutlinks.SearchType.Url)]
    [InlineData("serpstat.com/blog/", GetOutlinks.SearchType.PartUrl)]
    public void Query_that_fits_its_search_type_is_accepted(string query, GetOutlinks.SearchType searchType)
    {
        Assert.Equal(query, GetOutlinks.Query(query, searchType).Query);
    }
}
