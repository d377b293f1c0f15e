using System;
using Serpstat.Protocol;

namespace Serpstat;

/// <summary>The API's error codes (positive numbers, unlike standard JSON-RPC) that this library tells apart.</summary>
public static class SerpstatErrorCodes
{
    /// <summary>More requests per second than the plan allows.</summary>
    public const long RateLimited = 32000;

    /// <summary>The plan's credits are used up.</summary>
    public const long CreditsExhausted = 32012;

    /// <summary>No data for the requested domain.</summary>
    public const long DomainNotFound = 32015;

    /// <summary>Large domains are not supported for this query.</summary>
    public const long DomainTooLarge = 32016;

    /// <summary>No data for the query ("Data not found").</summary>
    public const long NoData = 32017;

    /// <summary>A filter or parameter the API rejects.</summary>
    public const long InvalidParameters = 32117;

    /// <summary>
    /// Whether the error is about the token. The API sends these without a documented code, so the message decides:
    /// "Invalid token", "Missing token", "Problems with authorization ...".
    /// </summary>
    public static bool IsTokenProblem(SerpstatError error) =>
        error.Message.IndexOf("token", StringComparison.OrdinalIgnoreCase) >= 0
        || error.Message.IndexOf("authorization", StringComparison.OrdinalIgnoreCase) >= 0;
}
