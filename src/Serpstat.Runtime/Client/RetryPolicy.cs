using System;

namespace Serpstat.Client;

/// <summary>Which failures are worth another try, and how long to wait before it.</summary>
internal sealed class RetryPolicy
{
    private readonly SerpstatClientOptions options;
    private readonly Random random = new();

    public RetryPolicy(SerpstatClientOptions options) => this.options = options;

    public int MaxRetries => options.MaxRetries;

    /// <summary>
    /// Rate limiting (32000), 408/429/5xx statuses, timeouts and connection failures are transient. Everything else
    /// is not: a bad filter (32117), exhausted credits (32012) or a bad token fail the same way again, and a truncated
    /// or malformed answer may already have been charged.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        SerpstatRateLimitException => true,
        SerpstatHttpException http => http.IsTransient,
        SerpstatTimeoutException or SerpstatConnectionException => true,
        _ => false,
    };

    /// <summary>
    /// Whether the server's Retry-After, when it sent one, is a wait the options allow. A longer one is not cut short:
    /// trying again sooner than the server asked only meets the same refusal.
    /// </summary>
    public bool AllowsWait(TimeSpan? retryAfter) => retryAfter is not { } wait || wait <= options.MaxRetryDelay;

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (0 for the first): the base delay doubled per retry,
    /// capped, with equal jitter; never shorter than the server's Retry-After, which <see cref="AllowsWait"/> has
    /// checked.
    /// </summary>
    public TimeSpan DelayBefore(int retry, TimeSpan? retryAfter)
    {
        var exponential = options.RetryBaseDelay.Ticks * Math.Pow(2, Math.Min(retry, 30));
        var capped = Math.Min(exponential, options.MaxRetryDelay.Ticks);
        if (options.UseJitter)
        {
            double factor;
            lock (random)
            {
                factor = 0.5 + (random.NextDouble() * 0.5);
            }

            capped *= factor;
        }

        var delay = TimeSpan.FromTicks((long)capped);
        return retryAfter is { } serverWait && serverWait > delay ? serverWait : delay;
    }
}
