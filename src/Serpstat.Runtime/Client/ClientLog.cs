using System;
using Microsoft.Extensions.Logging;

namespace Serpstat.Client;

/// <summary>The client's log messages: structured, and never given the token or a URL that holds it.</summary>
internal static class ClientLog
{
    private static readonly Action<ILogger, string, long, Exception?> Answered = LoggerMessage.Define<string, long>(
        LogLevel.Debug,
        new EventId(1, "SerpstatCallAnswered"),
        "Serpstat {Method} answered in {DurationMs} ms");

    private static readonly Action<ILogger, string, long, int, long?, long, Exception?> PageRead =
        LoggerMessage.Define<string, long, int, long?, long>(
            LogLevel.Information,
            new EventId(2, "SerpstatPageRead"),
            "Serpstat {Method} page {Page}: {RowCount} rows, {CreditsLeft} credits left, {DurationMs} ms");

    private static readonly Action<ILogger, string, int, string, long, Exception?> Retrying =
        LoggerMessage.Define<string, int, string, long>(
            LogLevel.Warning,
            new EventId(3, "SerpstatRetry"),
            "Serpstat {Method} try {Attempt} failed with {Failure}; retrying in {DelayMs} ms");

    private static readonly Action<ILogger, string, int, string, Exception?> Failed =
        LoggerMessage.Define<string, int, string>(
            LogLevel.Error,
            new EventId(4, "SerpstatCallFailed"),
            "Serpstat {Method} failed after {Attempts} tries with {Failure}");

    public static void CallAnswered(ILogger logger, string method, TimeSpan duration) =>
        Answered(logger, method, (long)duration.TotalMilliseconds, null);

    public static void PageReceived(
        ILogger logger,
        string method,
        long page,
        int rows,
        long? creditsLeft,
        TimeSpan duration) =>
        PageRead(logger, method, page, rows, creditsLeft, (long)duration.TotalMilliseconds, null);

    public static void Retry(ILogger logger, string method, int attempt, Exception failure, TimeSpan delay) =>
        Retrying(logger, method, attempt, Describe(failure), (long)delay.TotalMilliseconds, null);

    public static void CallFailed(ILogger logger, string method, int attempts, Exception failure) =>
        Failed(logger, method, attempts, Describe(failure), null);

    /// <summary>The failure's kind and code, never its message: that is where a server could echo a token.</summary>
    private static string Describe(Exception failure) => failure switch
    {
        SerpstatApiException api => api.GetType().Name + " " + api.Code,
        SerpstatHttpException http => "HTTP " + http.StatusCode,
        _ => failure.GetType().Name,
    };
}
