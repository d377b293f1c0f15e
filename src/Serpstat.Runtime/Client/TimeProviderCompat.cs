using System;
using System.Threading;
using System.Threading.Tasks;

namespace Serpstat.Client;

/// <summary>The TimeProvider helpers, built into net8.0 and supplied by Microsoft.Bcl.TimeProvider elsewhere.</summary>
internal static class TimeProviderCompat
{
    public static Task Delay(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(delay, time, cancellationToken);
#else
        time.Delay(delay, cancellationToken);
#endif

    public static CancellationTokenSource CancelAfter(TimeProvider time, TimeSpan delay) =>
#if NET8_0_OR_GREATER
        new(delay, time);
#else
        time.CreateCancellationTokenSource(delay);
#endif
}
