using System;
using System.Collections.Generic;

namespace Serpstat.Emulator;

/// <summary>How a <see cref="SerpstatEmulator"/> behaves.</summary>
public sealed class EmulatorOptions
{
    /// <summary>The token the emulator accepts by default.</summary>
    public const string DefaultToken = "emulator-token";

    /// <summary>The tokens it accepts, each with its plan's credits (<c>left_lines</c>).</summary>
    public IDictionary<string, long> Tokens { get; } = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        [DefaultToken] = 1_000_000,
    };

    /// <summary>
    /// The most requests per second per token, as a plan allows; faster calls get error 32000.
    /// <see cref="double.PositiveInfinity"/> for no limit.
    /// </summary>
    public double RequestsPerSecond { get; set; } = 1;

    /// <summary>The rows it answers from; the shipped synthetic dataset when null.</summary>
    public OutlinkDataset? Dataset { get; set; }

    /// <summary>The clock of the rate limit; the system clock when null.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }
}
