using System;
using Serpstat.Protocol;

namespace Serpstat;

/// <summary>
/// The API answered with an <c>error</c> object. Subclasses name the codes a caller handles differently; any other
/// code is a plain <see cref="SerpstatApiException"/> with that code.
/// </summary>
public class SerpstatApiException : SerpstatException
{
    /// <summary>Creates the exception from the API's error.</summary>
    public SerpstatApiException(SerpstatError error, string? requestId)
        : base(Describe(error, requestId))
    {
        Error = error;
        RequestId = requestId;
    }

    /// <summary>The API's error object.</summary>
    public SerpstatError Error { get; }

    /// <summary>The API's error code, such as 32017; 0 when it sent none.</summary>
    public long Code => Error.Code;

    /// <summary>The API's message.</summary>
    public string ApiMessage => Error.Message;

    /// <summary>The id of the request that failed, as the response echoed it.</summary>
    public string? RequestId { get; }

    /// <summary>The typed exception for an error code; a rate limit keeps the server's Retry-After.</summary>
    public static SerpstatApiException Create(
        SerpstatError error,
        string? requestId,
        TimeSpan? retryAfter = null) => error.Code switch
    {
        SerpstatErrorCodes.RateLimited => new SerpstatRateLimitException(error, requestId, retryAfter),
        SerpstatErrorCodes.CreditsExhausted => new SerpstatCreditsExhaustedException(error, requestId),
        SerpstatErrorCodes.DomainNotFound or SerpstatErrorCodes.NoData => new SerpstatNoDataException(error, requestId),
        SerpstatErrorCodes.DomainTooLarge => new SerpstatDomainTooLargeException(error, requestId),
        SerpstatErrorCodes.InvalidParameters => new SerpstatInvalidRequestException(error, requestId),
        _ when SerpstatErrorCodes.IsTokenProblem(error) => new SerpstatAuthenticationException(error, requestId),
        _ => new SerpstatApiException(error, requestId),
    };

    private static string Describe(SerpstatError error, string? requestId) =>
        $"The Serpstat API answered request {requestId ?? "(no id)"} with error {error.Code}: {error.Message}";
}
