using System;
using System.Collections.Generic;
using System.Linq;

namespace Serpstat.Protocol;

/// <summary>
/// What the query param must hold for each kind of search type: a bare domain (serpstat.com) for domain searches, a
/// URL (serpstat.com/blog/, scheme optional) for URL searches. Generated requests check run-time values with it; the
/// analyzers, which compile this file too, check constants with it, so both say the same.
/// </summary>
public static class QueryText
{
    /// <summary>The query kind of domain search types.</summary>
    public const string DomainKind = "domain";

    /// <summary>The query kind of URL search types.</summary>
    public const string UrlKind = "url";

    /// <summary>What keeps <paramref name="query"/> from being a bare domain, in words; null when it is one.</summary>
    public static string? DomainProblem(string query)
    {
        if (query.Trim().Length == 0)
        {
            return "no domain in it";
        }

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

        AddIf(problems, rest.IndexOfAny(new[] { '?', '#' }) >= 0, "a query string or fragment");
        AddIf(problems, rest.IndexOf(':') >= 0, "a port");
        AddIf(problems, rest.Any(char.IsWhiteSpace), "a space");
        return problems.Count == 0 ? null : string.Join(" and ", problems);
    }

    /// <summary>The domain in <paramref name="query"/>: without scheme, path, query string, port or spaces.</summary>
    public static string BareDomain(string query)
    {
        var rest = query.Trim();
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            rest = rest.Substring(scheme + 3);
        }

        var end = rest.IndexOfAny(new[] { '/', '?', '#', ':' });
        return end >= 0 ? rest.Substring(0, end) : rest;
    }

    /// <summary>What to write instead of a query that is no bare domain: its domain, or an example.</summary>
    public static string Suggestion(string query) =>
        BareDomain(query) is { Length: > 0 } domain && DomainProblem(domain) is null
            ? "write '" + domain + "'"
            : "write a domain such as serpstat.com";

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

    /// <summary>
    /// Checks a query against the kind its search type asks for; generated requests call this as they are built.
    /// </summary>
    /// <param name="query">The query param.</param>
    /// <param name="queryKind"><see cref="DomainKind"/> or <see cref="UrlKind"/>.</param>
    /// <param name="searchType">The search type's name, for the message, such as <c>SearchType.Domain</c>.</param>
    /// <returns><paramref name="query"/>, when it fits.</returns>
    /// <exception cref="ArgumentException">The query does not fit: the message says why and what to write.</exception>
    public static string Check(string query, string queryKind, string searchType)
    {
        if (query is null)
        {
            throw new ArgumentNullException(nameof(query));
        }

        if (queryKind == DomainKind && DomainProblem(query) is { } problem)
        {
            throw new ArgumentException(
                $"Search type {searchType} takes a bare domain, but '{query}' has {problem}; {Suggestion(query)}.",
                nameof(query));
        }

        if (queryKind == UrlKind && !IsUrl(query))
        {
            throw new ArgumentException(
                $"Search type {searchType} takes a URL such as site.com/path/, but '{query}' is not one.",
                nameof(query));
        }

        return query;
    }

    private static void AddIf(List<string> problems, bool condition, string problem)
    {
        if (condition)
        {
            problems.Add(problem);
        }
    }
}
