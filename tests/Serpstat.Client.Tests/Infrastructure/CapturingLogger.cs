using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace Serpstat.Client.Tests.Infrastructure;

/// <summary>Keeps every log entry at every level: message, structured values, scopes and exception text.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> entries = new();

    public IReadOnlyList<string> Entries => entries.ToList();

    public string AllText => string.Join("\n", entries);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public ILogger<T> CreateLogger<T>() => new Logger<T>(new Factory(this));

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            owner.entries.Enqueue($"[scope] {category}: {state}");
            return new Nothing();
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(", ", pairs.Select(p => p.Key + "=" + p.Value))
                : string.Empty;
            owner.entries.Enqueue($"{logLevel} {category} {eventId}: {formatter(state, exception)} "
                                  + $"{{{values}}} {exception}");
        }
    }

    private sealed class Factory(CapturingLoggerProvider owner) : ILoggerFactory
    {
        public void AddProvider(ILoggerProvider provider)
        {
        }

        public ILogger CreateLogger(string categoryName) => owner.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
