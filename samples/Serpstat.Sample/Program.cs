using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using Serpstat.Backlinks;
using Serpstat.Client;
#if !SERPSTAT_NATIVE_AOT
using Serpstat.Emulator;
#endif

// The query of the reference's example request, written with the DSL.
var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
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

Console.WriteLine("JSON-RPC request:");
Console.WriteLine(query.ToJson(id: 1, indented: true));
Console.WriteLine();

// The reference's example response, as the API would answer.
var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "example-response.json"));
var result = query.ParseResponse(body).GetResultOrThrow();

Console.WriteLine("Rows:");
foreach (var row in result.Data)
{
    Console.WriteLine($"  {row.UrlFrom}");
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"    -> {row.UrlTo} [{row.LinkType}, {row.Nofollow}] anchor \"{row.LinkText}\", "
        + $"{row.LinksExternal} external links"));
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"    first seen {row.FirstSeen:yyyy-MM-dd HH:mm:ss}, last visited {row.LastVisited:yyyy-MM-dd HH:mm:ss}, "
        + $"deleted {(row.DateDeleted is { } deleted
            ? deleted.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : "never")}"));
}

var summary = result.SummaryInfo;
Console.WriteLine();
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"Summary: total {summary.Total}, count {summary.Count}, credits left {summary.LeftLines}, page {summary.Page}, "
    + $"sorted by {summary.Sort} {summary.Order}"));

// Paging with the client: against the emulator started in-process, or the real API when SERPSTAT_TOKEN is set.
var token = Environment.GetEnvironmentVariable("SERPSTAT_TOKEN");
var offline = string.IsNullOrEmpty(token);
#if SERPSTAT_NATIVE_AOT
if (offline)
{
    Console.WriteLine();
    Console.WriteLine("The native build has no emulator: set SERPSTAT_TOKEN to page through the real API.");
    return;
}

const string EmulatorToken = "";
Uri? emulatorEndpoint = null;
#else
await using var emulator = offline
    ? await SerpstatEmulator.StartAsync(new EmulatorOptions { RequestsPerSecond = 5 })
    : null;
const string EmulatorToken = EmulatorOptions.DefaultToken;
var emulatorEndpoint = emulator?.Endpoint;
#endif
using var http = new HttpClient();
var client = new SerpstatClient(http, new SerpstatClientOptions
{
    Endpoint = emulatorEndpoint ?? SerpstatClientOptions.DefaultEndpoint,
    Token = offline ? EmulatorToken : token,
    RequestsPerSecond = offline ? 5 : 1,
});

var paged = GetOutlinks.Query(
        offline ? "bright-kitchen.net" : "serpstat.com",
        GetOutlinks.SearchType.DomainWithSubdomains)
    .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromPage)
    .WithSize(40)
    .Where(f => f.LinkNofollow.Contains(GetOutlinks.LinkNofollowFilter.Follow) && f.LinksExternal.Lte(20));

Console.WriteLine();
Console.WriteLine(offline
    ? $"Paging through the emulator at {client.MaskedEndpoint} (set SERPSTAT_TOKEN to call the real API):"
    : $"Paging through the Serpstat API at {client.MaskedEndpoint}, spending at most 120 credits:");

// The credit budget caps what the paging may cost: the last page is asked for smaller rather than overrun it.
await foreach (var page in client.EnumeratePagesAsync(paged, new PagingOptions { CreditBudget = 120 }))
{
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"  page {page.Number} (size {page.Size}): {page.Rows.Count} rows of {page.Summary.Total}, "
        + $"credits left {page.CreditsLeft}"));
    foreach (var row in page.Rows.Take(2))
    {
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"    {row.UrlFrom} -> {row.UrlTo} [{row.LinkType}, {row.Nofollow}], {row.LinksExternal} external links"));
    }
}
