using System;
using System.Globalization;

namespace Serpstat;

/// <summary>
/// The server answered with an HTTP status other than 200. The API answers 200 even for its own errors, so this comes
/// from something in between (a proxy, a gateway, an outage) and says nothing about the request itself.
/// </summary>
public sealed class SerpstatHttpException : SerpstatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="maskedUri">The request URL with the token masked.</param>
    /// <param name="retryAfter">The server's Retry-After, when it sent one.</param>
    public SerpstatHttpException(int statusCode, string maskedUri, TimeSpan? retryAfter = null)
        : base(string.Format(CultureInfo.InvariantCulture, "HTTP {0} from {1}", statusCode, maskedUri))
    {
        StatusCode = statusCode;
        MaskedUri = maskedUri;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The request URL with the token masked.</summary>
    public string MaskedUri { get; }

    /// <summary>How long the server asked the caller to wait, when it sent Retry-After.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether the status is one that a later try may not get: 408, 429 or 5xx.</summary>
    public bool IsTransient => StatusCode is 408 or 429 || StatusCode >= 500;
}
