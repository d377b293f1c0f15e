namespace Serpstat.Protocol;

/// <summary>A parsed JSON-RPC response: exactly one of <see cref="Result"/> and <see cref="Error"/> is set.</summary>
public sealed class SerpstatResponse<TResult>
    where TResult : class
{
    /// <summary>A successful response.</summary>
    public SerpstatResponse(string? id, TResult result)
    {
        Id = id;
        Result = result;
    }

    /// <summary>An error response.</summary>
    public SerpstatResponse(string? id, SerpstatError error)
    {
        Id = id;
        Error = error;
    }

    /// <summary>The echoed request id, as text (the API turns numeric ids into strings).</summary>
    public string? Id { get; }

    /// <summary>The result of a successful call; null when <see cref="Error"/> is set.</summary>
    public TResult? Result { get; }

    /// <summary>The API's error; null on success.</summary>
    public SerpstatError? Error { get; }

    /// <summary>Whether the call succeeded.</summary>
    public bool IsSuccess => Error is null;

    /// <summary>The result, or the error as a typed <see cref="SerpstatApiException"/>.</summary>
    /// <exception cref="SerpstatApiException">The API answered with an error.</exception>
    public TResult GetResultOrThrow() => Result ?? throw SerpstatApiException.Create(Error!, Id);
}
