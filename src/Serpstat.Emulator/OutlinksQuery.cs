using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Serpstat.Filtering;

namespace Serpstat.Emulator;

/// <summary>
/// One getOutlinks request read and checked: which rows it scopes, filters, keeps per domain and sorts, and the page.
/// <c>OnePerDomain</c> is linkPerDomain 1, one row per target host; 0 keeps one per source page and target host.
/// </summary>
internal sealed record OutlinksQuery(
    string Query,
    string SearchType,
    ComplexFilter? Filter,
    string Sort,
    bool Descending,
    int Page,
    int Size,
    bool OnePerDomain)
{
    public static OutlinksQuery Read(JsonElement parameters, MethodSchema schema)
    {
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            throw ApiError.Invalid(ApiError.SchemaInvalid);
        }

        var query = Text(parameters, "query") ?? throw ApiError.Invalid("Query required");
        var searchType = Text(parameters, "searchType") ?? "domain_with_subdomains";
        if (searchType is not ("domain" or "domain_with_subdomains" or "URL" or "url" or "part_url"))
        {
            throw ApiError.Invalid(ApiError.SchemaInvalid);
        }

        var sort = Text(parameters, "sort") ?? schema.DefaultSort;
        var order = (Text(parameters, "order") ?? schema.DefaultOrder).ToLowerInvariant();
        if (!schema.SortValues.Contains(sort) || order is not ("asc" or "desc"))
        {
            throw ApiError.Invalid(ApiError.SchemaInvalid);
        }

        var page = Integer(parameters, "page") ?? 1;
        var size = Integer(parameters, "size") ?? 100;
        var linkPerDomain = Integer(parameters, "linkPerDomain") ?? 1;
        if (page < 1 || size < 1 || size > schema.MaxSize || linkPerDomain is not (0 or 1))
        {
            throw ApiError.Invalid(ApiError.SchemaInvalid);
        }

        if ((long)page * size > schema.MaxRows)
        {
            throw ApiError.Invalid($"To get more than {schema.MaxRows} results use export report methods");
        }

        var filter = parameters.TryGetProperty("complexFilter", out var complexFilter)
            ? FilterParser.Parse(complexFilter, schema)
            : null;
        return new OutlinksQuery(
            query.Trim().ToLowerInvariant(),
            searchType,
            filter,
            sort,
            order == "desc",
            page,
            size,
            linkPerDomain == 1);
    }

    /// <summary>Every row the query matches, in answer order, before paging.</summary>
    public IReadOnlyList<OutlinkRecord> Run(OutlinkDataset dataset)
    {
        var matched = dataset.Rows
            .Select((row, index) => (row, index))
            .Where(r => InScope(r.row) && FilterEvaluator.Matches(Filter, r.row));
        var sorted = Descending
            ? matched.OrderByDescending(r => r.row.GetFilterValue(Sort), SortComparer.Instance)
            : matched.OrderBy(r => r.row.GetFilterValue(Sort), SortComparer.Instance);

        // Ties keep file order, so that pages never overlap.
        var ordered = sorted.ThenBy(r => r.index).Select(r => r.row);
        return (OnePerDomain
            ? ordered.DistinctBy(r => r.TargetHost)
            : ordered.DistinctBy(r => (r.UrlFrom, r.TargetHost))).ToList();
    }

    private bool InScope(OutlinkRecord row) => SearchType switch
    {
        "domain" => row.SourceHost == Query,
        "domain_with_subdomains" => row.SourceHost == Query
            || row.SourceHost.EndsWith("." + Query, StringComparison.Ordinal),
        "part_url" => WithoutScheme(row.UrlFrom).StartsWith(WithoutScheme(Query), StringComparison.OrdinalIgnoreCase),
        _ => string.Equals(
            WithoutScheme(row.UrlFrom).TrimEnd('/'),
            WithoutScheme(Query).TrimEnd('/'),
            StringComparison.OrdinalIgnoreCase),
    };

    private static string WithoutScheme(string url)
    {
        var at = url.IndexOf("://", StringComparison.Ordinal);
        return at < 0 ? url : url.Substring(at + 3);
    }

    private static string? Text(JsonElement parameters, string name) =>
        parameters.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : throw ApiError.Invalid(ApiError.SchemaInvalid)
            : null;

    private static int? Integer(JsonElement parameters, string name)
    {
        if (!parameters.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        return value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), out var parsed)
            ? parsed
            : throw ApiError.Invalid(ApiError.SchemaInvalid);
    }

    /// <summary>Orders sort keys of one field: texts ignoring case, numbers and dates by value.</summary>
    private sealed class SortComparer : IComparer<object?>
    {
        public static readonly SortComparer Instance = new();

        public int Compare(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            (string a, string b) => StringComparer.OrdinalIgnoreCase.Compare(a, b),
            (IComparable a, _) => a.CompareTo(y),
            _ => 0,
        };
    }
}
