using System;
using Serpstat.Protocol;

namespace Serpstat;

/// <summary>Error 32000: too many requests per second for the plan. Worth retrying after a pause.</summary>
public sealed class SerpstatRateLimitException : SerpstatApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">The API's error.</param>
    /// <param name="requestId">The id of the request that failed.</param>
    /// <param name="retryAfter">The server's Retry-After, when it sent one.</param>
    public SerpstatRateLimitException(SerpstatError error, string? requestId, TimeSpan? retryAfter = null)
        : base(error, requestId)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the server asked the caller to wait, when it sent Retry-After.</summary>
    public TimeSpan? RetryAfter { get; }
}

/// <summary>Error 32012: the plan's API credits are used up.</summary>
public sealed class SerpstatCreditsExhaustedException : SerpstatApiException
{
    /// <summary>Creates the exception.</summary>
    public SerpstatCreditsExhaustedException(SerpstatError error, string? requestId)
        : base(error, requestId)
    {
    }
}

/// <summary>Errors 32015 and 32017: the API has no data for the query.</summary>
public sealed class SerpstatNoDataException : SerpstatApiException
{
    /// <summary>Creates the exception.</summary>
    public SerpstatNoDataException(SerpstatError error, string? requestId)
        : base(error, requestId)
    {
    }
}

/// <summary>Error 32016: the domain is too large for this query.</summary>
public sealed class SerpstatDomainTooLargeException : SerpstatApiException
{
    /// <summary>Creates the exception.</summary>
    public SerpstatDomainTooLargeException(SerpstatError error, string? requestId)
        : base(error, requestId)
    {
    }
}

/// <summary>Error 32117: the API rejected a filter or parameter. Not worth retrying unchanged.</summary>
public sealed class SerpstatInvalidRequestException : SerpstatApiException
{
    /// <summary>Creates the exception.</summary>
    public SerpstatInvalidRequestException(SerpstatError error, string? requestId)
        : base(error, requestId)
    {
    }
}

/// <summary>The token is missing, invalid or not allowed this method.</summary>
public sealed class SerpstatAuthenticationException : SerpstatApiException
{
    /// <summary>Creates the exception.</summary>
    public SerpstatAuthenticationException(SerpstatError error, string? requestId)
        : base(error, requestId)
    {
    }
}
