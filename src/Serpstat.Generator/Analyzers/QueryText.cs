using System;
using System.Collections.Generic;
using System.Linq;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// What the query param must hold for each kind of search type: a bare domain (serpstat.com) for domain searches,
/// a URL (serpstat.com/blog/, scheme optional) for URL searches. Shared with the code fix, which writes
/// <see cref="BareDomain"/> in place of the literal.
/// </summary>
internal static class QueryText
{
    public const string DomainKind = "domain";

    public const string UrlKind = "url";

    /// <summary>What keeps <paramref name="query"/> from being a bare domain, in words; null when it is one.</summary>
    public static string? DomainProblem(string query)
    {
        var problems = new List<string>();
        var rest = query;
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            problems.Add("a scheme");
            rest = rest.Substring(scheme + 3);
        }

        var slash = rest.IndexOf('/');
        if (slash >= 0)
        {
            problems.Add(slash == rest.Length - 1 ? "a trailing slash" : "a path");
        }

        return problems.Count == 0 ? null : string.Join(" and ", problems);
    }

    /// <summary>The domain in <paramref name="query"/>: without scheme, path, query string or trailing slash.</summary>
    public static string BareDomain(string query)
    {
        var rest = query;
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            rest = rest.Substring(scheme + 3);
        }

        var end = rest.IndexOfAny(new[] { '/', '?', '#' });
        return end >= 0 ? rest.Substring(0, end) : rest;
    }

    /// <summary>Whether <paramref name="query"/> is a web URL, with or without its http(s) scheme.</summary>
    public static bool IsUrl(string query)
    {
        if (query.Length == 0 || query.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var text = query.IndexOf("://", StringComparison.Ordinal) >= 0 ? query : "http://" + query;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri)
               && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
               && uri.HostNameType == UriHostNameType.Dns
               && uri.Host.IndexOf('.') > 0
               && !uri.Host.EndsWith(".", StringComparison.Ordinal);
    }
}
