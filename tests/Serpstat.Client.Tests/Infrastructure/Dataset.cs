using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Serpstat.Backlinks;
using Serpstat.Emulator;

namespace Serpstat.Client.Tests.Infrastructure;

/// <summary>The emulator's shipped dataset read as typed rows by the generated reader.</summary>
public static class Dataset
{
    private static readonly Lazy<IReadOnlyList<GetOutlinks.Outlink>> Typed = new(Load);

    public static IReadOnlyList<GetOutlinks.Outlink> Rows => Typed.Value;

    /// <summary>The rows whose source host is <paramref name="domain"/> or one of its subdomains.</summary>
    public static IEnumerable<GetOutlinks.Outlink> Under(string domain) => Rows.Where(r =>
    {
        var host = new Uri(r.UrlFrom).Host;
        return host == domain || host.EndsWith("." + domain, StringComparison.Ordinal);
    });

    public static string Key(GetOutlinks.Outlink row) => row.UrlFrom + " -> " + row.UrlTo;

    private static IReadOnlyList<GetOutlinks.Outlink> Load()
    {
        var envelope = "{\"id\":\"1\",\"result\":{\"data\":" + Encoding.UTF8.GetString(OutlinkDataset.ShippedJson())
                       + ",\"summary_info\":{}}}";
        return GetOutlinks.Query("x.com", GetOutlinks.SearchType.Domain)
            .ParseResponse(Encoding.UTF8.GetBytes(envelope)).GetResultOrThrow().Data;
    }
}
