using System;
using System.Text;
using Serpstat.Backlinks;
using Serpstat.Runtime.Tests.Support;
using Xunit;

namespace Serpstat.Runtime.Tests.Responses;

/// <summary>
/// Shapes that only other Backlinks methods answer with: summary_info beside result (getDistributionTLD), member
/// names with capitals and spaces (getRedirectedDomains), decimal numbers.
/// </summary>
public sealed class FamilyResponseTests
{
    [Theory]
    [ClassData(typeof(Cultures))]
    public void Summary_beside_result_is_joined_to_the_result(string culture)
    {
        using var scope = new CultureScope(culture);
        const string Body =
            "{\"id\":\"3\",\"result\":{\"data\":[{\"tld\":\".com\",\"country_name\":\"\",\"country_code\":\"\","
            + "\"percentage\":61.25,\"domains\":1200},{\"tld\":\".uk\",\"country_name\":\"United Kingdom\","
            + "\"country_code\":\"gb\",\"percentage\":\"3.5\",\"domains\":\"70\"}]},"
            + "\"summary_info\":{\"tld_count\":2,\"domains_count\":1270,\"biggest_tld_percentage\":61.25,"
            + "\"left_lines\":99}}";

        var result = Tld().ParseResponse(Encoding.UTF8.GetBytes(Body)).GetResultOrThrow();

        Assert.Equal(2, result.Data.Count);
        Assert.Equal(".com", result.Data[0].Tld);
        Assert.Equal(61.25, result.Data[0].Percentage);
        Assert.Equal("gb", result.Data[1].CountryCode);
        Assert.Equal(3.5, result.Data[1].Percentage);
        Assert.Equal(70L, result.Data[1].Domains);
        Assert.Equal(2L, result.SummaryInfo.TldCount);
        Assert.Equal(1270L, result.SummaryInfo.DomainsCount);
        Assert.Equal(61.25, result.SummaryInfo.BiggestTldPercentage);
        Assert.Equal(99L, result.SummaryInfo.LeftLines);
    }

    [Fact]
    public void Summary_missing_beside_result_is_a_format_error()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":\"3\",\"result\":{\"data\":[]}}");

        var error = Assert.Throws<SerpstatResponseFormatException>(() => Tld().ParseResponse(body));

        Assert.Equal("$", error.JsonPath);
        Assert.Equal("the required member 'summary_info' is missing", error.Problem);
    }

    [Fact]
    public void Error_answer_needs_no_summary()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":\"3\",\"error\":{\"code\":32016,\"message\":\"Too large\"}}");

        var error = Assert.Throws<SerpstatDomainTooLargeException>(() => Tld().ParseResponse(body).GetResultOrThrow());

        Assert.Equal(32016L, error.Code);
    }

    [Fact]
    public void Member_names_with_capitals_and_spaces_are_read()
    {
        const string Body =
            "{\"id\":\"4\",\"result\":{\"data\":[{\"Domain\":\"old.example\",\"Domain Rank\":41}],"
            + "\"summary_info\":{\"page\":1,\"total\":1,\"count\":1,\"left_lines\":5}}}";

        var result = GetRedirectedDomains.Query("serpstat.com").ParseResponse(Encoding.UTF8.GetBytes(Body))
            .GetResultOrThrow();

        Assert.Equal("old.example", result.Data[0].Domain);
        Assert.Equal(41L, result.Data[0].DomainRank);
    }

    [Fact]
    public void Language_param_is_written_with_its_wire_value()
    {
        var json = Tld().WithSearchType(GetDistributionTld.SearchType.Domain).WithLang(GetDistributionTld.Lang.German)
            .ToJson(1);

        Assert.Equal(
            "{\"id\":1,\"method\":\"SerpstatBacklinksProcedure.getDistributionTLD\",\"params\":{\"query\":"
            + "\"serpstat.com\",\"searchType\":\"domain\",\"lang\":\"de\"}}",
            json);
    }

    private static GetDistributionTld.Request Tld() => GetDistributionTld.Query("serpstat.com");
}
