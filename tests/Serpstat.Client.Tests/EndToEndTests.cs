using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Serpstat.Backlinks;
using Serpstat.Client.Tests.Infrastructure;
using Serpstat.Filtering;
using Xunit;
using F = Serpstat.Filtering.Filter<Serpstat.Backlinks.GetOutlinks.FilterFields>;

namespace Serpstat.Client.Tests;

/// <summary>
/// DSL query, client, emulator over HTTP on 127.0.0.1, typed rows: checked against plain C# predicates.
/// </summary>
public sealed class EndToEndTests : IClassFixture<EmulatorFixture>
{
    private const string Site = "bright-kitchen.net";
    private static readonly DateTime Day = new(2019, 6, 1);

    private readonly EmulatorFixture fixture;

    public EndToEndTests(EmulatorFixture fixture) => this.fixture = fixture;

    /// <summary>Every compare type on every field kind, each with an oracle written without the evaluator.</summary>
    public static TheoryData<string> Cases() => new(Oracles.Keys);

    private static readonly
        Dictionary<string, (Func<GetOutlinks.FilterFields, F> Filter, Func<GetOutlinks.Outlink, bool> Oracle)> Oracles =
            new()
    {
        ["url_from eq"] = (
            f => f.UrlFrom.Eq("HTTPS://BLOG.BRIGHT-KITCHEN.NET/"),
            r => r.UrlFrom.Equals("https://blog.bright-kitchen.net/", StringComparison.OrdinalIgnoreCase)),
        ["url_from neq"] = (
            f => f.UrlFrom.Neq("https://blog.bright-kitchen.net/"),
            r => r.UrlFrom != "https://blog.bright-kitchen.net/"),
        ["url_from contains"] = (
            f => f.UrlFrom.Contains("/Guides/"),
            r => r.UrlFrom.Contains("/guides/", StringComparison.OrdinalIgnoreCase)),
        ["url_from notContains"] = (
            f => f.UrlFrom.NotContains("shop."),
            r => !r.UrlFrom.Contains("shop.", StringComparison.OrdinalIgnoreCase)),
        ["url_from startsWith"] = (
            f => f.UrlFrom.StartsWith("https://help."),
            r => r.UrlFrom.StartsWith("https://help.", StringComparison.OrdinalIgnoreCase)),
        ["url_to endsWith"] = (
            f => f.UrlTo.EndsWith(".html"),
            r => r.UrlTo.EndsWith(".html", StringComparison.OrdinalIgnoreCase)),
        ["anchor contains cyrillic"] = (
            f => f.Anchor.Contains("обзор"),
            r => r.LinkText.Contains("обзор", StringComparison.OrdinalIgnoreCase)),
        ["anchor eq"] = (
            f => f.Anchor.Eq("serpstat"),
            r => r.LinkText.Equals("serpstat", StringComparison.OrdinalIgnoreCase)),
        ["links_external gt"] = (f => f.LinksExternal.Gt(40), r => r.LinksExternal > 40),
        ["links_external lt"] = (f => f.LinksExternal.Lt(8), r => r.LinksExternal < 8),
        ["links_external gte"] = (f => f.LinksExternal.Gte(50), r => r.LinksExternal >= 50),
        ["links_external lte"] = (f => f.LinksExternal.Lte(5), r => r.LinksExternal <= 5),
        ["links_external eq"] = (f => f.LinksExternal.Eq(20), r => r.LinksExternal == 20),
        ["links_external neq"] = (f => f.LinksExternal.Neq(20), r => r.LinksExternal != 20),
        ["links_external between"] = (f => f.LinksExternal.Between(10, 12), r => r.LinksExternal is >= 10 and <= 12),
        ["check gt"] = (f => f.Check.Gt(Day), r => r.FirstSeen.Date > Day),
        ["check lt"] = (f => f.Check.Lt(Day), r => r.FirstSeen.Date < Day),
        ["check gte"] = (f => f.Check.Gte(Day), r => r.FirstSeen.Date >= Day),
        ["check lte"] = (f => f.Check.Lte(Day), r => r.FirstSeen.Date <= Day),
        ["check eq"] = (f => f.Check.Eq(new DateTime(2016, 3, 4)), r => r.FirstSeen.Date == new DateTime(2016, 3, 4)),
        ["check neq"] = (f => f.Check.Neq(new DateTime(2016, 3, 4)), r => r.FirstSeen.Date != new DateTime(2016, 3, 4)),
        ["link_nofollow contains ugc"] = (
            f => f.LinkNofollow.Contains(GetOutlinks.LinkNofollowFilter.Ugc),
            r => (r.Nofollow.Value & GetOutlinks.Nofollow.Ugc) != 0),
        ["link_nofollow notContains nofollow"] = (
            f => f.LinkNofollow.NotContains(GetOutlinks.LinkNofollowFilter.Nofollow),
            r => (r.Nofollow.Value & GetOutlinks.Nofollow.Nofollow) == 0),
        ["link_type contains text, iframe"] = (
            f => f.LinkType.Contains(GetOutlinks.LinkTypeFilter.Text, GetOutlinks.LinkTypeFilter.Iframe),
            r => r.LinkType.Value is GetOutlinks.LinkType.Href or GetOutlinks.LinkType.Frame),
        ["link_type notContains image"] = (
            f => f.LinkType.NotContains(GetOutlinks.LinkTypeFilter.Image),
            r => r.LinkType.Value != GetOutlinks.LinkType.Image),
        ["(a AND b) OR c"] = (
            f => f.LinkType.Contains(GetOutlinks.LinkTypeFilter.Rss) && f.LinksExternal.Gt(30)
                 || f.UrlTo.Contains("kupit"),
            r => (r.LinkType.Value == GetOutlinks.LinkType.Rss && r.LinksExternal > 30)
                 || r.UrlTo.Contains("kupit", StringComparison.OrdinalIgnoreCase)),
        ["a AND (b OR c)"] = (
            f => f.UrlFrom.Contains("blog.") && (f.LinksExternal.Lt(10) || f.Check.Gte(new DateTime(2023, 1, 1))),
            r => r.UrlFrom.Contains("blog.") && (r.LinksExternal < 10 || r.FirstSeen >= new DateTime(2023, 1, 1))),
        ["NOT (a OR b)"] = (
            f => !(f.LinkNofollow.Contains(GetOutlinks.LinkNofollowFilter.Sponsored) || f.LinksExternal.Between(5, 40)),
            r => (r.Nofollow.Value & GetOutlinks.Nofollow.Sponsored) == 0 && r.LinksExternal is < 5 or > 40),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_filter_returns_exactly_the_rows_its_plain_predicate_selects(string name)
    {
        var (filter, oracle) = Oracles[name];
        var query = GetOutlinks.Query(Site, GetOutlinks.SearchType.DomainWithSubdomains)
            .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromPage)
            .WithSize(1000)
            .Where(filter);

        var rows = new List<GetOutlinks.Outlink>();
        await foreach (var row in fixture.Client().EnumerateAsync(query))
        {
            rows.Add(row);
        }

        var expected = Dataset.Under(Site).Where(oracle).Select(Dataset.Key)
            .OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, rows.Select(Dataset.Key).OrderBy(k => k, StringComparer.Ordinal).ToList());
        Assert.All(rows, r => Assert.True(oracle(r), Dataset.Key(r)));
    }

    [Fact]
    public void Every_compare_type_is_covered_on_each_field_kind()
    {
        var covered = Oracles.Keys.Select(k => k.Split(' ')[1]).ToHashSet();
        foreach (var compareType in Enum.GetValues<CompareType>())
        {
            Assert.Contains(CompareTypeNames.ToWire(compareType), covered);
        }
    }

    [Theory]
    [InlineData(GetOutlinks.Order.Ascending)]
    [InlineData(GetOutlinks.Order.Descending)]
    public async Task Rows_come_sorted_by_the_requested_field_and_order(GetOutlinks.Order order)
    {
        var query = GetOutlinks.Query(Site, GetOutlinks.SearchType.DomainWithSubdomains)
            .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromPage)
            .WithSort(GetOutlinks.Sort.LinksExternal)
            .WithOrder(order)
            .WithSize(250);

        var values = new List<long>();
        await foreach (var row in fixture.Client().EnumerateAsync(query))
        {
            values.Add(row.LinksExternal);
        }

        var sorted = order == GetOutlinks.Order.Ascending ? values.Order() : values.OrderDescending();
        Assert.Equal(sorted, values);
        Assert.Equal(Dataset.Under(Site).Count(), values.Count);
    }

    [Fact]
    public async Task Sorting_by_url_from_ascending_orders_texts_ignoring_case()
    {
        var query = GetOutlinks.Query("cosmo-tech.io", GetOutlinks.SearchType.Domain)
            .WithSort(GetOutlinks.Sort.UrlFrom).WithOrder(GetOutlinks.Order.Ascending)
            .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromPage).WithSize(1000);

        var result = await fixture.Client().SendAsync(query);

        var urls = result.Data.Select(r => r.UrlFrom).ToList();
        Assert.Equal(urls.Order(StringComparer.OrdinalIgnoreCase), urls);
        Assert.Equal("url_from", result.SummaryInfo.Sort);
        Assert.Equal(GetOutlinks.SummaryOrder.Ascending, result.SummaryInfo.Order!.Value.Value);
    }

    [Fact]
    public async Task Paging_in_small_pages_loses_and_repeats_no_row()
    {
        var whole = GetOutlinks.Query(Site, GetOutlinks.SearchType.DomainWithSubdomains)
            .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromPage)
            .WithSort(GetOutlinks.Sort.Check)
            .WithSize(1000);
        var paged = GetOutlinks.Query(Site, GetOutlinks.SearchType.DomainWithSubdomains)
            .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromPage).WithSort(GetOutlinks.Sort.Check).WithSize(97);
        var client = fixture.Client();

        var expected = new List<string>();
        await foreach (var row in client.EnumerateAsync(whole))
        {
            expected.Add(Dataset.Key(row));
        }

        var pages = new List<SerpstatPage<GetOutlinks.Outlink>>();
        await foreach (var page in client.EnumeratePagesAsync(paged))
        {
            pages.Add(page);
        }

        var keys = pages.SelectMany(p => p.Rows).Select(Dataset.Key).ToList();
        Assert.Equal(expected, keys);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal((expected.Count + 96) / 97, pages.Count);
        Assert.Equal(Enumerable.Range(1, pages.Count), pages.Select(p => p.Number));

        // left_lines goes down by the rows of each page.
        for (var i = 1; i < pages.Count; i++)
        {
            Assert.Equal(pages[i - 1].CreditsLeft - pages[i].Rows.Count, pages[i].CreditsLeft);
        }

        Assert.Equal(pages[^1].CreditsLeft, client.CreditsLeft);
    }

    [Fact]
    public async Task One_link_per_domain_keeps_one_row_per_target_host()
    {
        var query = GetOutlinks.Query("echo-sports.com", GetOutlinks.SearchType.DomainWithSubdomains).WithSize(1000);

        var rows = new List<GetOutlinks.Outlink>();
        await foreach (var row in fixture.Client().EnumerateAsync(query))
        {
            rows.Add(row);
        }

        var hosts = rows.Select(r => new Uri(r.UrlTo).Host).ToList();
        Assert.Equal(hosts.Count, hosts.Distinct().Count());
        Assert.Equal(
            Dataset.Under("echo-sports.com").Select(r => new Uri(r.UrlTo).Host).Distinct().Count(),
            hosts.Count);
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_is_an_empty_sequence_and_32017_for_a_single_call()
    {
        var query = GetOutlinks.Query(Site, GetOutlinks.SearchType.Domain)
            .Where(f => f.UrlFrom.Contains("no-such-page"));
        var client = fixture.Client();

        var count = 0;
        await foreach (var unused in client.EnumerateAsync(query))
        {
            count++;
        }

        Assert.Equal(0, count);
        var error = await Assert.ThrowsAsync<SerpstatNoDataException>(() => client.SendAsync(query));
        Assert.Equal(32017, error.Code);
        Assert.NotNull(error.RequestId);
    }
}
