using System;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace Serpstat.Client;

/// <summary>
/// Spaces the start of calls at least 1/<c>requestsPerSecond</c> apart, retries included. One pacer serves every
/// client that shares a token: the typed-client registration makes it a singleton.
/// </summary>
/// <remarks>
/// A token bucket of one token (it queues waiters in order and honours their cancellation), refilled by hand one
/// interval after each grant on the given <see cref="TimeProvider"/>. The bucket's own clock is the system stopwatch,
/// so its period is set to one tick: a manual refill then always fills it, and the timing is the TimeProvider's alone.
/// Refilling after a grant, rather than on a fixed beat, keeps two starts a full interval apart.
/// </remarks>
public sealed class SerpstatRequestPacer : IDisposable
{
    private readonly TokenBucketRateLimiter? limiter;
    private readonly TimeProvider time;
    private readonly TimeSpan interval;
    private readonly object gate = new();
    private ITimer? refill;

    /// <summary>Creates a pacer.</summary>
    /// <param name="requestsPerSecond">
    /// The most starts per second; <see cref="double.PositiveInfinity"/> for no pacing.
    /// </param>
    /// <param name="timeProvider">The clock; the system clock when null.</param>
    public SerpstatRequestPacer(double requestsPerSecond, TimeProvider? timeProvider = null)
    {
        if (!(requestsPerSecond > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "Must be above 0.");
        }

        time = timeProvider ?? TimeProvider.System;
        RequestsPerSecond = requestsPerSecond;
        if (double.IsPositiveInfinity(requestsPerSecond))
        {
            return;
        }

        interval = TimeSpan.FromTicks((long)Math.Ceiling(TimeSpan.TicksPerSecond / requestsPerSecond));
        limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromTicks(1),
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>The most starts per second.</summary>
    public double RequestsPerSecond { get; }

    /// <summary>Waits until a call may start.</summary>
    /// <exception cref="OperationCanceledException">The caller cancelled while waiting.</exception>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        if (limiter is null)
        {
            return;
        }

        using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The request pacer refused a call; it may have been disposed.");
        }

        ScheduleRefill();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (gate)
        {
            refill?.Dispose();
            refill = null;
        }

        limiter?.Dispose();
    }

    private void ScheduleRefill()
    {
        lock (gate)
        {
            // One token, so at most one refill is pending: the timer is kept referenced until it fires.
            refill?.Dispose();
            refill = time.CreateTimer(
                static state => ((SerpstatRequestPacer)state!).Refill(), this, interval, Timeout.InfiniteTimeSpan);
        }
    }

    private void Refill()
    {
        limiter!.TryReplenish();
    }
}
