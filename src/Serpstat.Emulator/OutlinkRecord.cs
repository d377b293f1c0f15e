using System;
using Serpstat.Filtering;

namespace Serpstat.Emulator;

/// <summary>One getOutlinks row of the dataset, in the response's vocabulary.</summary>
public sealed record OutlinkRecord(
    string UrlFrom,
    string UrlTo,
    string Nofollow,
    string LinkType,
    long LinksExt,
    string LinkText,
    DateTime FirstSeen,
    DateTime LastVisited,
    DateTime? DateDel) : IFilterRow
{
    /// <summary>The host of <see cref="UrlFrom"/>, lower case.</summary>
    public string SourceHost { get; } = new Uri(UrlFrom).Host.ToLowerInvariant();

    /// <summary>The host of <see cref="UrlTo"/>, lower case.</summary>
    public string TargetHost { get; } = new Uri(UrlTo).Host.ToLowerInvariant();

    /// <inheritdoc />
    public object? GetFilterValue(string wireField) => wireField switch
    {
        "url_from" => UrlFrom,
        "anchor" => LinkText,
        "link_nofollow" => Nofollow,
        "links_external" => LinksExt,
        "link_type" => FilterVocabularies.LinkTypeFilterValue(LinkType),
        "url_to" => UrlTo,
        "check" => FirstSeen,
        _ => null,
    };
}
