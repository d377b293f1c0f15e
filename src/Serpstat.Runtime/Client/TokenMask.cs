using System;

namespace Serpstat.Client;

/// <summary>Keeps the token out of every text the client shows: URLs, API messages, exception messages.</summary>
internal sealed class TokenMask
{
    public const string Mask = "***";

    private readonly string? token;

    public TokenMask(string? token) => this.token = string.IsNullOrEmpty(token) ? null : token;

    /// <summary>The text with every occurrence of the token (as sent and URL-escaped) masked.</summary>
    public string Apply(string text)
    {
        if (token is null || string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = text.Replace(token, Mask);
        var escaped = Uri.EscapeDataString(token);
        return escaped == token ? masked : masked.Replace(escaped, Mask);
    }

    /// <summary>Whether the text holds the token.</summary>
    public bool Leaks(string? text) =>
        token is not null && text is not null
        && (text.IndexOf(token, StringComparison.Ordinal) >= 0
            || text.IndexOf(Uri.EscapeDataString(token), StringComparison.Ordinal) >= 0);

    /// <summary>The exception to keep as an inner exception: null when anything it would print holds the token.</summary>
    public Exception? Safe(Exception? exception) => exception is not null && !Leaks(exception.ToString()) ? exception : null;
}
