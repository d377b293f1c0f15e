using System;
using Serpstat.Backlinks;
using Xunit;

namespace Serpstat.Runtime.Tests.Requests;

/// <summary>How each param is written, and which values are refused before anything is sent.</summary>
public sealed class RequestParamsTests
{
    private const string Prefix =
        "{\"id\":1,\"method\":\"SerpstatBacklinksProcedure.getOutlinks\",\"params\":{\"query\":\"serpstat.com\",";

    [Fact]
    public void Unset_optional_params_are_not_sent_so_the_api_applies_its_defaults()
    {
        var json = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.DomainWithSubdomains).ToJson(1);

        Assert.Equal(Prefix + "\"searchType\":\"domain_with_subdomains\"}}", json);
    }

    [Theory]
    [InlineData(GetOutlinks.SearchType.Domain, "domain")]
    [InlineData(GetOutlinks.SearchType.DomainWithSubdomains, "domain_with_subdomains")]
    [InlineData(GetOutlinks.SearchType.Url, "URL")]
    [InlineData(GetOutlinks.SearchType.PartUrl, "part_url")]
    public void Search_types_use_the_exact_wire_spelling(GetOutlinks.SearchType searchType, string wire)
    {
        var json = GetOutlinks.Query("serpstat.com", searchType).ToJson(1);

        Assert.Equal(Prefix + "\"searchType\":\"" + wire + "\"}}", json);
    }

    [Fact]
    public void Every_sort_field_and_order_is_written_as_on_the_wire()
    {
        var expected = new[]
        {
            "url_from", "anchor", "link_nofollow", "links_external", "link_type", "url_to", "check",
        };
        var sorts = (GetOutlinks.Sort[])Enum.GetValues(typeof(GetOutlinks.Sort));

        Assert.Equal(expected.Length, sorts.Length);
        for (var i = 0; i < sorts.Length; i++)
        {
            var json = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .WithSort(sorts[i])
                .WithOrder(GetOutlinks.Order.Ascending)
                .ToJson(1);
            Assert.Equal(
                Prefix + "\"searchType\":\"domain\",\"sort\":\"" + expected[i] + "\",\"order\":\"asc\"}}",
                json);
        }
    }

    [Fact]
    public void Link_per_domain_travels_as_a_number()
    {
        var json = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
            .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromPage)
            .ToJson("abc");

        Assert.Equal(
            "{\"id\":\"abc\",\"method\":\"SerpstatBacklinksProcedure.getOutlinks\","
            + "\"params\":{\"query\":\"serpstat.com\",\"searchType\":\"domain\",\"linkPerDomain\":0}}",
            json);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Page_below_one_is_refused(int page)
    {
        var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => query.WithPage(page));

        Assert.StartsWith("page must be at least 1.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Size_outside_1_to_1000_is_refused(int size)
    {
        var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => query.WithSize(size));

        Assert.StartsWith("size must be from 1 to 1000.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_and_size_beyond_the_60000_row_cap_are_refused()
    {
        var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).WithSize(1000).WithPage(60);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => query.WithPage(61));

        Assert.StartsWith(
            "Page 61 of 1000 rows reaches row 61000, beyond the API's cap of 60000 rows for one query.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Page_beyond_the_cap_at_the_default_size_is_refused()
    {
        var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain);

        Assert.Throws<ArgumentOutOfRangeException>(() => query.WithPage(601));
        Assert.Equal(600, query.WithPage(600).Page);
    }

    [Fact]
    public void Undefined_enum_values_are_refused_when_set()
    {
        var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain);

        Assert.Throws<ArgumentOutOfRangeException>(() => query.WithSort((GetOutlinks.Sort)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => GetOutlinks.Query("x.com", (GetOutlinks.SearchType)9));
    }

    [Fact]
    public void Missing_query_is_refused()
    {
        var error = Assert.Throws<ArgumentNullException>(() => GetOutlinks.Query(null!, GetOutlinks.SearchType.Domain));

        Assert.Equal("query", error.ParamName);
    }
}
