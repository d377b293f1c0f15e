using System;
using System.Linq;
using Serpstat.Backlinks;
using Serpstat.Filtering;
using Serpstat.Runtime.Tests.Support;
using Xunit;

namespace Serpstat.Runtime.Tests.Filtering;

/// <summary>
/// Generated rows answer the filter through the data fields the schema names (links_external is links_ext, check is
/// first_seen, the link_type filter's text is the response's href), so a filter is evaluated on typed rows locally.
/// </summary>
public sealed class LocalMatchingTests
{
    private static readonly GetOutlinks.Outlink[] Rows = Responses.ReferenceExampleResponseTests
        .Parse(TestData.Bytes("example-response.json")).GetResultOrThrow().Data.ToArray();

    [Fact]
    public void Filter_fields_read_their_response_fields_in_the_filter_vocabulary()
    {
        IFilterRow row = Rows[0];

        Assert.Equal(Rows[0].UrlFrom, row.GetFilterValue("url_from"));
        Assert.Equal("SerpStat", row.GetFilterValue("anchor"));
        Assert.Equal("follow", row.GetFilterValue("link_nofollow"));
        Assert.Equal(12L, row.GetFilterValue("links_external"));
        Assert.Equal("text", row.GetFilterValue("link_type"));
        Assert.Equal("https://serpstat.com/", row.GetFilterValue("url_to"));
        Assert.Equal(new DateTime(2019, 9, 5, 5, 51, 46), row.GetFilterValue("check"));
        Assert.Null(row.GetFilterValue("domain_rank"));
    }

    // The example rows have 12 and 14 external links, and both are href links: text in the filter's vocabulary.
    [Theory]
    [InlineData(12, 0)]
    [InlineData(13, 1)]
    [InlineData(15, 2)]
    public void Request_matches_rows_as_its_filter_says(long below, int expected)
    {
        var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
            .Where(f => f.LinksExternal.Lt(below) || f.LinkType.NotContains(GetOutlinks.LinkTypeFilter.Text));

        Assert.Equal(expected, Rows.Count(query.Matches));
    }

    [Fact]
    public void Reference_example_filter_keeps_both_example_rows()
    {
        var query = Requests.ReferenceExampleRequestTests.ExampleQuery();

        Assert.All(Rows, row => Assert.True(query.Matches(row)));
    }

    [Fact]
    public void Request_without_a_filter_matches_every_row()
    {
        Assert.All(Rows, row => Assert.True(GetOutlinks.Query("x.com", GetOutlinks.SearchType.Domain).Matches(row)));
    }
}
