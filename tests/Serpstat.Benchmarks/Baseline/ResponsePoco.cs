using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Serpstat.Benchmarks.Baseline;

/// <summary>A hand-written equivalent of the getOutlinks response, for System.Text.Json's source generator.</summary>
internal sealed class ResponsePoco
{
    [JsonPropertyName("id")]
    public string? Id { get; set; }

    [JsonPropertyName("result")]
    public ResultPoco? Result { get; set; }
}

internal sealed class ResultPoco
{
    [JsonPropertyName("data")]
    public List<OutlinkPoco> Data { get; set; } = [];

    [JsonPropertyName("summary_info")]
    public SummaryPoco? SummaryInfo { get; set; }
}

internal sealed class OutlinkPoco
{
    [JsonPropertyName("url_from")]
    public string UrlFrom { get; set; } = string.Empty;

    [JsonPropertyName("url_to")]
    public string UrlTo { get; set; } = string.Empty;

    [JsonPropertyName("nofollow")]
    public string Nofollow { get; set; } = string.Empty;

    [JsonPropertyName("link_type")]
    public string LinkType { get; set; } = string.Empty;

    [JsonPropertyName("links_ext")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long LinksExternal { get; set; }

    [JsonPropertyName("link_text")]
    public string LinkText { get; set; } = string.Empty;

    [JsonPropertyName("first_seen")]
    [JsonConverter(typeof(ApiDateConverter))]
    public DateTime FirstSeen { get; set; }

    [JsonPropertyName("last_visited")]
    [JsonConverter(typeof(ApiDateConverter))]
    public DateTime LastVisited { get; set; }

    [JsonPropertyName("date_del")]
    [JsonConverter(typeof(ApiNullableDateConverter))]
    public DateTime? DateDeleted { get; set; }
}

internal sealed class SummaryPoco
{
    [JsonPropertyName("left_lines")]
    public long LeftLines { get; set; }

    [JsonPropertyName("page")]
    public long Page { get; set; }

    [JsonPropertyName("count")]
    public long Count { get; set; }

    [JsonPropertyName("total")]
    public long Total { get; set; }

    [JsonPropertyName("sort")]
    public string? Sort { get; set; }

    [JsonPropertyName("order")]
    public string? Order { get; set; }
}
