using Serpstat.Protocol;

namespace Serpstat;

/// <summary>Error 32000: too many requests per second for the plan. Worth retrying after a pause.</summary>
public sealed class SerpstatRateLimitException : SerpstatApiException
{
    /// <summary>Creates the exception.</summary>
    public SerpstatRateLimitException(SerpstatError error, string? requestId)
        : base(error, requestId)
    {
    }
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
