using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Serpstat.Backlinks;
using Serpstat.Emulator;
using Xunit;

namespace Serpstat.Client.Tests;

/// <summary>The emulator refuses what the API refuses, with the API's codes and messages.</summary>
public sealed class EmulatorApiTests
{
    [Theory]
    [InlineData("""[[{"field":"domain","compareType":"eq","value":["x"]}]]""", "Not allowed field: domain")]
    [InlineData(
        """[[{"field":"link_type","compareType":"eq","value":["text"]}]]""",
        "Not allowed method eq for field link_type")]
    [InlineData(
        """[[{"field":"check","compareType":"between","value":["1.1.2020","1.1.2021"]}]]""",
        "Not allowed method between for field check")]
    [InlineData(
        """[[{"field":"links_external","compareType":"between","value":["1"]}]]""",
        "Not allowed values for between method")]
    [InlineData("""[[{"field":"check","compareType":"gt","value":["31.02.2020"]}]]""", "Invalid crawl date")]
    [InlineData("""[[{"field":"anchor","value":["x"]}]]""", "Field compareType is required")]
    [InlineData("""[[{"field":"anchor","compareType":"eq"}]]""", "Field value is required")]
    [InlineData("""[[{"additional_filters":"last_week"}]]""", "Not allowed params for filter")]
    public async Task An_invalid_filter_is_error_32117_with_the_APIs_message(string complexFilter, string message)
    {
        await using var emulator = await SerpstatEmulator.StartAsync(
            new EmulatorOptions { RequestsPerSecond = double.PositiveInfinity });

        const string Head = """{"id":7,"method":"SerpstatBacklinksProcedure.getOutlinks","params":"""
            + """{"query":"cosmo-tech.io","searchType":"domain","complexFilter":""";

        var error = await PostAsync(emulator, Head + complexFilter + "}}");

        Assert.Equal("7", error.GetProperty("id").GetString());
        Assert.Equal(32117, error.GetProperty("error").GetProperty("code").GetInt64());
        Assert.Equal(message, error.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Numbers_and_strings_are_both_accepted_as_filter_values()
    {
        await using var emulator = await SerpstatEmulator.StartAsync(
            new EmulatorOptions { RequestsPerSecond = double.PositiveInfinity });
        const string Body = """{"id":1,"method":"SerpstatBacklinksProcedure.getOutlinks","params":"""
            + """{"query":"cosmo-tech.io","searchType":"domain","linkPerDomain":0,"complexFilter":"""
            + """[[{"field":"links_external","compareType":"between","value":[%]}]]}}""";

        var numbers = await PostAsync(emulator, Body.Replace("%", "1, 30"));
        var strings = await PostAsync(emulator, Body.Replace("%", "\"1\", \"30\""));

        Assert.Equal(
            numbers.GetProperty("result").GetProperty("summary_info").GetProperty("total").GetInt64(),
            strings.GetProperty("result").GetProperty("summary_info").GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task Calls_faster_than_the_plan_get_32000_through_the_client()
    {
        var clock = new FakeTimeProvider();
        await using var emulator = await SerpstatEmulator.StartAsync(
            new EmulatorOptions { RequestsPerSecond = 1, TimeProvider = clock });
        using var http = new HttpClient();
        var client = new SerpstatClient(http, new SerpstatClientOptions
        {
            Endpoint = emulator.Endpoint,
            Token = EmulatorOptions.DefaultToken,
            RequestsPerSecond = double.PositiveInfinity,
            MaxRetries = 0,
        });
        var query = GetOutlinks.Query("cosmo-tech.io", GetOutlinks.SearchType.Domain).WithSize(1);

        await client.SendAsync(query);
        var error = await Assert.ThrowsAsync<SerpstatRateLimitException>(() => client.SendAsync(query));
        clock.Advance(TimeSpan.FromSeconds(1));
        await client.SendAsync(query);

        Assert.Equal(32000, error.Code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    public async Task A_missing_or_unknown_token_is_an_authentication_error(string? token)
    {
        await using var emulator = await SerpstatEmulator.StartAsync(
            new EmulatorOptions { RequestsPerSecond = double.PositiveInfinity });
        using var http = new HttpClient();
        var client = new SerpstatClient(
            http,
            new SerpstatClientOptions { Endpoint = emulator.Endpoint, Token = token });

        var error = await Assert.ThrowsAsync<SerpstatAuthenticationException>(
            () => client.SendAsync(GetOutlinks.Query("cosmo-tech.io", GetOutlinks.SearchType.Domain)));

        Assert.Equal(token is null ? "Missing token" : "Invalid token", error.ApiMessage);
        Assert.Equal(0, error.Code);
    }

    [Fact]
    public async Task The_token_header_works_like_the_query_string()
    {
        await using var emulator = await SerpstatEmulator.StartAsync(
            new EmulatorOptions { RequestsPerSecond = double.PositiveInfinity });
        using var http = new HttpClient();
        var client = new SerpstatClient(http, new SerpstatClientOptions
        {
            Endpoint = emulator.Endpoint,
            Token = EmulatorOptions.DefaultToken,
            TokenPlacement = TokenPlacement.Header,
        });

        var result = await client.SendAsync(
            GetOutlinks.Query("cosmo-tech.io", GetOutlinks.SearchType.Domain).WithSize(5));

        Assert.Equal(5, result.Data.Count);
    }

    [Fact]
    public async Task Credits_run_out_with_32012_and_left_lines_counts_down_by_rows()
    {
        var options = new EmulatorOptions { RequestsPerSecond = double.PositiveInfinity };
        options.Tokens["small-plan"] = 150;
        await using var emulator = await SerpstatEmulator.StartAsync(options);
        using var http = new HttpClient();
        var client = new SerpstatClient(http, new SerpstatClientOptions
        {
            Endpoint = emulator.Endpoint,
            Token = "small-plan",
            RequestsPerSecond = double.PositiveInfinity,
        });
        var query = GetOutlinks.Query("bright-kitchen.net", GetOutlinks.SearchType.DomainWithSubdomains)
            .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromPage).WithSize(100);

        var rows = 0;
        var error = await Assert.ThrowsAsync<SerpstatCreditsExhaustedException>(async () =>
        {
            await foreach (var unused in client.EnumerateAsync(query))
            {
                rows++;
            }
        });

        Assert.Equal(100, rows);
        Assert.Equal(50, client.CreditsLeft);
        Assert.Equal(50, emulator.CreditsLeft("small-plan"));
        Assert.Equal(32012, error.Code);
    }

    private static async Task<JsonElement> PostAsync(SerpstatEmulator emulator, string body)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(
            new Uri(emulator.Endpoint + "?token=" + EmulatorOptions.DefaultToken),
            new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
