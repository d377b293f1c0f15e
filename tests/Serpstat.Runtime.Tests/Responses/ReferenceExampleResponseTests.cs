using System;
using Serpstat.Backlinks;
using Serpstat.Runtime.Tests.Support;
using Xunit;

namespace Serpstat.Runtime.Tests.Responses;

/// <summary>The reference's example response, every field asserted.</summary>
public sealed class ReferenceExampleResponseTests
{
    [Theory]
    [ClassData(typeof(Cultures))]
    public void Example_response_parses_with_every_field(string culture)
    {
        using var scope = new CultureScope(culture);

        var response = Parse(TestData.Bytes("example-response.json"));

        Assert.True(response.IsSuccess);
        Assert.Equal("1", response.Id);
        Assert.Null(response.Error);
        var result = response.GetResultOrThrow();
        Assert.Equal(2, result.Data.Count);

        var first = result.Data[0];
        Assert.Equal(
            "https://zerotoscale.com/episode-150-content-creation-process-checklist-vacation-recap/",
            first.UrlFrom);
        Assert.Equal("https://serpstat.com/", first.UrlTo);
        Assert.Equal(GetOutlinks.Nofollow.Follow, first.Nofollow.Value);
        Assert.Equal("follow", first.Nofollow.Raw);
        Assert.True(first.Nofollow.IsKnown);
        Assert.Equal(GetOutlinks.LinkType.Href, first.LinkType.Value);
        Assert.Equal("href", first.LinkType.Raw);
        Assert.Equal(12L, first.LinksExternal);
        Assert.Equal("SerpStat", first.LinkText);
        Assert.Equal(new DateTime(2019, 9, 5, 5, 51, 46), first.FirstSeen);
        Assert.Equal(new DateTime(2019, 12, 11, 18, 41, 42), first.LastVisited);
        Assert.Equal(new DateTime(2019, 12, 11, 18, 41, 42), first.DateDeleted);

        var second = result.Data[1];
        Assert.Equal(
            "https://zen.yandex.ru/media/oxjornal/"
            + "poleznye-instrumenty-i-saity-dlia-seospecialista-59f08c339d5cb307089b57bd",
            second.UrlFrom);
        Assert.Equal("https://serpstat.com/", second.UrlTo);
        Assert.Equal(GetOutlinks.Nofollow.Follow, second.Nofollow.Value);
        Assert.Equal(GetOutlinks.LinkType.Href, second.LinkType.Value);
        Assert.Equal(14L, second.LinksExternal);
        Assert.Equal("Serpstat", second.LinkText);
        Assert.Equal(new DateTime(2019, 3, 20, 12, 8, 14), second.FirstSeen);
        Assert.Equal(new DateTime(2019, 11, 1, 16, 3, 36), second.LastVisited);
        Assert.Equal(new DateTime(2019, 11, 1, 16, 3, 36), second.DateDeleted);

        var summary = result.SummaryInfo;
        Assert.Equal(999995L, summary.LeftLines);
        Assert.Equal(1L, summary.Page);
        Assert.Equal(2L, summary.Count);
        Assert.Equal(1440L, summary.Total);
        Assert.Equal("url_from", summary.Sort);
        Assert.Equal(GetOutlinks.SummaryOrder.Descending, summary.Order!.Value.Value);
        Assert.Equal("DESC", summary.Order.Value.Raw);
    }

    internal static Serpstat.Protocol.SerpstatResponse<GetOutlinks.Result> Parse(byte[] body) =>
        GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).ParseResponse(body);
}
