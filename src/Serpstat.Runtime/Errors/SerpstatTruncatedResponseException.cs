using System;
using System.Globalization;

namespace Serpstat;

/// <summary>
/// The answer ended early: the connection closed before the announced length arrived, or the JSON stops before its
/// document closes. Not retried by the client: the server may already have charged for the rows.
/// </summary>
public sealed class SerpstatTruncatedResponseException : SerpstatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="receivedBytes">How many bytes of the body arrived.</param>
    /// <param name="maskedUri">The request URL with the token masked.</param>
    /// <param name="innerException">What the reader reported, when its text does not hold the token.</param>
    public SerpstatTruncatedResponseException(long receivedBytes, string maskedUri, Exception? innerException = null)
        : base(
            string.Format(
                CultureInfo.InvariantCulture,
                "The answer from {0} ended after {1} bytes",
                maskedUri,
                receivedBytes),
            innerException)
    {
        ReceivedBytes = receivedBytes;
        MaskedUri = maskedUri;
    }

    /// <summary>How many bytes of the body arrived.</summary>
    public long ReceivedBytes { get; }

    /// <summary>The request URL with the token masked.</summary>
    public string MaskedUri { get; }
}
