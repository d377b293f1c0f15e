using Serpstat.Backlinks;
using Serpstat.Filtering;
using Xunit;

namespace Serpstat.Runtime.Tests.Requests;

/// <summary>
/// Quick filters of methods that have them travel as additional_filters items inside their AND group.
/// </summary>
public sealed class QuickFilterTests
{
    [Fact]
    public void Quick_filter_is_written_inside_its_and_group()
    {
        var json = GetRedirectedDomains.Query("serpstat.com")
            .Where(f => f.Quick(GetRedirectedDomains.QuickFilter.NoSubdomains) && f.DomainRank.Gt(10)
                        || f.Quick(GetRedirectedDomains.QuickFilter.LastWeek))
            .ToJson(1);

        Assert.Equal(
            "{\"id\":1,\"method\":\"SerpstatBacklinksProcedure.getRedirectedDomains\",\"params\":{\"query\":"
            + "\"serpstat.com\",\"complexFilter\":[[{\"additional_filters\":\"no_subdomains\"},{\"field\":"
            + "\"domain_rank\",\"compareType\":\"gt\",\"value\":[\"10\"]}],[{\"additional_filters\":\"last_week\"}]]}}",
            json);
    }

    [Fact]
    public void Quick_filter_cannot_be_negated()
    {
        var query = GetRedirectedDomains.Query("serpstat.com");

        var error = Assert.Throws<SerpstatFilterException>(
            () => query.Where(f => !f.Quick(GetRedirectedDomains.QuickFilter.LastWeek)));

        Assert.Equal(
            "The filter NOT (additional_filters last_week) cannot be sent: the API has no opposite of a quick filter.",
            error.Message);
    }
}
