using System;

namespace Serpstat;

/// <summary>
/// The request could not be sent or its answer never started: the connection was refused, reset or its name did not
/// resolve, or a handler of the HTTP pipeline threw. Safe to retry: the server did not answer, so it did not charge.
/// </summary>
public sealed class SerpstatConnectionException : SerpstatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="maskedUri">The request URL with the token masked.</param>
    /// <param name="innerException">What failed, when its text does not hold the token.</param>
    public SerpstatConnectionException(string maskedUri, Exception? innerException)
        : this(maskedUri, innerException?.Message, innerException)
    {
    }

    /// <summary>
    /// Creates the exception with the failure's message already masked, and its exception only when safe.
    /// </summary>
    internal SerpstatConnectionException(string maskedUri, string? maskedDetail, Exception? innerException)
        : base(
            "Could not reach " + maskedUri + (maskedDetail is null ? string.Empty : ": " + maskedDetail),
            innerException)
    {
        MaskedUri = maskedUri;
    }

    /// <summary>The request URL with the token masked.</summary>
    public string MaskedUri { get; }
}
