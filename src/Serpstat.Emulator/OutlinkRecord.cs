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

    /// <summary>
    /// The value of a filter field: the data field the schema names as its responseField, in the filter's vocabulary.
    /// </summary>
    public object? GetFilterValue(string wireField)
    {
        var schema = MethodSchema.GetOutlinks;
        if (!schema.ResponseFields.TryGetValue(wireField, out var responseField))
        {
            return null;
        }

        var value = ResponseValue(responseField);
        return value is string text ? schema.ToFilterVocabulary(wireField, text) : value;
    }

    private object? ResponseValue(string responseField) => responseField switch
    {
        "url_from" => UrlFrom,
        "url_to" => UrlTo,
        "nofollow" => Nofollow,
        "link_type" => LinkType,
        "links_ext" => LinksExt,
        "link_text" => LinkText,
        "first_seen" => FirstSeen,
        "last_visited" => LastVisited,
        "date_del" => DateDel,
        _ => null,
    };
}
