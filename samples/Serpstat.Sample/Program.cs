using System;
using System.Globalization;
using System.IO;
using Serpstat.Backlinks;

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
        $"    -> {row.UrlTo} [{row.LinkType}, {row.Nofollow}] anchor \"{row.LinkText}\", {row.LinksExternal} external links"));
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"    first seen {row.FirstSeen:yyyy-MM-dd HH:mm:ss}, last visited {row.LastVisited:yyyy-MM-dd HH:mm:ss}, "
        + $"deleted {(row.DateDeleted is { } deleted ? deleted.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "never")}"));
}

var summary = result.SummaryInfo;
Console.WriteLine();
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"Summary: total {summary.Total}, count {summary.Count}, credits left {summary.LeftLines}, page {summary.Page}, "
    + $"sorted by {summary.Sort} {summary.Order}"));
