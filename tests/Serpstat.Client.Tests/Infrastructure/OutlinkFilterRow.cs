using Serpstat.Backlinks;
using Serpstat.Filtering;

namespace Serpstat.Client.Tests.Infrastructure;

/// <summary>
/// A typed getOutlinks row seen through its filter fields. Hand-written here as the shape the generator should emit
/// (filter field wire name to the row's value, link_type through <see cref="FilterVocabularies"/>).
/// </summary>
public sealed class OutlinkFilterRow : IFilterRow
{
    private readonly GetOutlinks.Outlink row;

    public OutlinkFilterRow(GetOutlinks.Outlink row) => this.row = row;

    public object? GetFilterValue(string wireField) => wireField switch
    {
        "url_from" => row.UrlFrom,
        "anchor" => row.LinkText,
        "link_nofollow" => row.Nofollow.Raw,
        "links_external" => row.LinksExternal,
        "link_type" => FilterVocabularies.LinkTypeFilterValue(row.LinkType.Raw),
        "url_to" => row.UrlTo,
        "check" => row.FirstSeen,
        _ => null,
    };
}
