using System;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;

namespace Serpstat.Client;

/// <summary>Keeps the token out of every text the client shows: URLs, API messages, exception messages.</summary>
internal sealed class TokenMask
{
    public const string Mask = "***";

    /// <summary>The value of a token query parameter in any URL a text shows, however it is escaped.</summary>
    private static readonly Regex QueryToken = new(
        "(?<=[?&]" + SerpstatClient.TokenName + "=)[^&#\\s]+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The token as sent, URL-escaped, form-encoded and as <see cref="Uri.ToString"/> shows it; longest first.
    /// </summary>
    private readonly string[] forms;

    public TokenMask(string? token) => forms = string.IsNullOrEmpty(token) ? Array.Empty<string>() : FormsOf(token!);

    /// <summary>The text with every form of the token, and every token query value, masked.</summary>
    public string Apply(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var form in forms)
        {
            text = text.Replace(form, Mask);
        }

        return QueryToken.Replace(text, Mask);
    }

    /// <summary>Whether the text holds the token, or a token query value that is not masked.</summary>
    public bool Leaks(string? text) =>
        text is not null
        && (forms.Any(form => text.IndexOf(form, StringComparison.Ordinal) >= 0)
            || QueryToken.Matches(text).Cast<Match>().Any(match => match.Value != Mask));

    /// <summary>
    /// The exception to keep as an inner exception: null when anything it would print holds the token.
    /// </summary>
    public Exception? Safe(Exception? exception) =>
        exception is not null && !Leaks(exception.ToString()) ? exception : null;

    private static string[] FormsOf(string token)
    {
        const string Base = "http://host/?";
        var escaped = Uri.EscapeDataString(token);
        var shown = new Uri(Base + escaped).ToString().Substring(Base.Length);
        return new[] { token, escaped, WebUtility.UrlEncode(token), shown }
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(form => form.Length)
            .ToArray();
    }
}
