using System;
using System.Globalization;

namespace Serpstat.Client;

/// <summary>How a <see cref="SerpstatClient"/> reaches the API, paces its calls and retries them.</summary>
public sealed class SerpstatClientOptions
{
    /// <summary>The API's one endpoint.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.serpstat.com/v4");

    /// <summary>The API token. Required by the real API; never printed, logged or put into exceptions.</summary>
    public string? Token { get; set; }

    /// <summary>
    /// The JSON-RPC endpoint; <see cref="DefaultEndpoint"/> unless set (a local emulator, for example).
    /// </summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>
    /// Where the token travels: the query string (the default, as documented) or the <c>token</c> header.
    /// </summary>
    public TokenPlacement TokenPlacement { get; set; } = TokenPlacement.QueryString;

    /// <summary>
    /// The most calls per second the client starts, retries included. Most plans allow 1, the top plans 10. Use
    /// <see cref="double.PositiveInfinity"/> to switch pacing off (a local emulator with no limit).
    /// </summary>
    public double RequestsPerSecond { get; set; } = 1;

    /// <summary>How many times a failed call is tried again when the failure is transient.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The wait before the first retry; it doubles on every later one, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest wait between two tries. A Retry-After longer than this is not waited for, nor cut short: the call
    /// fails at once with the server's answer, whose <c>RetryAfter</c> says how long it asked for.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether retry waits are spread at random (between half and all of the computed wait).</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>How long one try may take, from sending to the last byte of the answer.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The largest answer body the client reads, in bytes.</summary>
    public long MaxResponseBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The options with the token masked, for logs and debugging.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "Endpoint={0}, Token={1}, TokenPlacement={2}, RequestsPerSecond={3}, MaxRetries={4}",
        Endpoint,
        Token is null ? "(none)" : TokenMask.Mask,
        TokenPlacement,
        RequestsPerSecond,
        MaxRetries);

    internal void Validate()
    {
        if (Endpoint is null || !Endpoint.IsAbsoluteUri || (Endpoint.Scheme != "https" && Endpoint.Scheme != "http"))
        {
            throw new ArgumentException("Endpoint must be an absolute http or https URL.", nameof(Endpoint));
        }

        if (!(RequestsPerSecond > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(RequestsPerSecond), RequestsPerSecond, "Must be above 0.");
        }

        if (MaxRetries < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetries), MaxRetries, "Must be 0 or more.");
        }

        if (RetryBaseDelay < TimeSpan.Zero || MaxRetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RetryBaseDelay), "Retry delays must not be negative.");
        }

        if (RequestTimeout <= TimeSpan.Zero && RequestTimeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(
                nameof(RequestTimeout),
                RequestTimeout,
                "Must be positive or infinite.");
        }

        if (MaxResponseBytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxResponseBytes), MaxResponseBytes, "Must be positive.");
        }
    }
}
