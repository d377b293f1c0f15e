using System;
using System.Globalization;

namespace Serpstat;

/// <summary>A call got no complete answer within the client's request timeout. The caller did not cancel it.</summary>
public sealed class SerpstatTimeoutException : SerpstatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="timeout">The timeout that ran out.</param>
    /// <param name="maskedUri">The request URL with the token masked.</param>
    public SerpstatTimeoutException(TimeSpan timeout, string maskedUri)
        : base(string.Format(
            CultureInfo.InvariantCulture,
            "No answer from {0} within {1:0.###} s",
            maskedUri,
            timeout.TotalSeconds))
    {
        Timeout = timeout;
        MaskedUri = maskedUri;
    }

    /// <summary>The timeout that ran out.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The request URL with the token masked.</summary>
    public string MaskedUri { get; }
}
