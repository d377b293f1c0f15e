using System;
using Serpstat.Backlinks;
using Serpstat.Runtime.Tests.Support;
using Xunit;

namespace Serpstat.Runtime.Tests.Requests;

/// <summary>The DSL query of the reference's example request writes that request.</summary>
public sealed class ReferenceExampleRequestTests
{
    [Theory]
    [ClassData(typeof(Cultures))]
    public void Dsl_query_writes_the_reference_example_request(string culture)
    {
        using var scope = new CultureScope(culture);

        var json = ExampleQuery().ToJson(id: 1);

        // The one allowed difference: dates are written zero-padded, the reference writes 1.1.2030.
        var expected = TestData.Text("example-request.json").Replace("\"1.1.2030\"", "\"01.01.2030\"");
        JsonAssert.Equal(expected, json);
    }

    [Fact]
    public void Date_given_as_text_in_the_reference_spelling_is_sent_zero_padded()
    {
        var json = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
            .Where(f => f.Check.Lte("1.1.2030"))
            .ToJson(id: 7);

        Assert.Equal(
            "{\"id\":7,\"method\":\"SerpstatBacklinksProcedure.getOutlinks\",\"params\":{\"query\":\"serpstat.com\","
            + "\"searchType\":\"domain\",\"complexFilter\":[[{\"field\":\"check\",\"compareType\":\"lte\","
            + "\"value\":[\"01.01.2030\"]}]]}}",
            json);
    }

    internal static GetOutlinks.Request ExampleQuery() =>
        GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
            .WithSort(GetOutlinks.Sort.UrlFrom)
            .WithOrder(GetOutlinks.Order.Descending)
            .WithPage(1)
            .WithSize(2)
            .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromDomain)
            .Where(f => f.UrlFrom.NotContains("7654765")
                        && f.LinkNofollow.Contains(
                            GetOutlinks.LinkNofollowFilter.Follow,
                            GetOutlinks.LinkNofollowFilter.Nofollow,
                            GetOutlinks.LinkNofollowFilter.Ugc,
                            GetOutlinks.LinkNofollowFilter.Sponsored)
                        && f.Anchor.NotContains("лопспрол")
                        && f.Check.Lte(new DateTime(2030, 1, 1))
                        && f.LinksExternal.Between(1, 500)
                        || f.LinksExternal.Lte(800));
}
