using System;
using System.Collections.Generic;

namespace Serpstat.Emulator;

/// <summary>
/// The plan's requests-per-second limit, per token: a request is refused (32000) when the token's accepted requests
/// in the trailing window already reach the limit. Refused requests do not count, so a client that backs off gets in.
/// </summary>
internal sealed class RateGate
{
    private readonly TimeProvider time;
    private readonly TimeSpan window;
    private readonly int limit;
    private readonly Dictionary<string, Queue<long>> accepted = new(StringComparer.Ordinal);

    public RateGate(double requestsPerSecond, TimeProvider time)
    {
        this.time = time;
        if (double.IsPositiveInfinity(requestsPerSecond))
        {
            limit = int.MaxValue;
            return;
        }

        // Below one per second the window widens so that it holds one request: 0.5/s is one per two seconds.
        window = TimeSpan.FromSeconds(Math.Max(1, 1 / requestsPerSecond));
        limit = Math.Max(1, (int)Math.Floor(requestsPerSecond * window.TotalSeconds));
    }

    public bool TryEnter(string token)
    {
        if (limit == int.MaxValue)
        {
            return true;
        }

        var now = time.GetTimestamp();
        lock (accepted)
        {
            if (!accepted.TryGetValue(token, out var times))
            {
                accepted[token] = times = new Queue<long>();
            }

            while (times.Count > 0 && time.GetElapsedTime(times.Peek(), now) >= window)
            {
                times.Dequeue();
            }

            if (times.Count >= limit)
            {
                return false;
            }

            times.Enqueue(now);
            return true;
        }
    }
}
