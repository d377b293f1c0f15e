using System;

namespace Serpstat.Emulator;

/// <summary>An error the emulator answers with, as the API does: HTTP 200 and an <c>error</c> object.</summary>
internal sealed class ApiError : Exception
{
    public const string RateLimited = "You are sending more requests per second then available for your Serpstat plan";
    public const string InvalidToken = "Invalid token";
    public const string MissingToken = "Missing token";
    public const string NotFound = "Data not found";
    public const string CreditsExceeded = "Pricing plan credits exceeded";
    public const string BadParams = "Not allowed params for filter";
    public const string SchemaInvalid = "Json schema validation error";

    public ApiError(long? code, string message)
        : base(message) => Code = code;

    /// <summary>The code; null for the token errors, which the API sends without one.</summary>
    public long? Code { get; }

    public static ApiError Invalid(string message) => new(32117, message);
}
