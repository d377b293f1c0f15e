using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using Serpstat.Backlinks;
using Serpstat.Client.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Client.Tests;

/// <summary>Faults from a scripted loopback server; waits and timeouts run on a fake clock.</summary>
public sealed class FaultTests : IDisposable
{
    private readonly HttpClient http = new();
    private readonly FakeTimeProvider clock = new();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task Rate_limit_32000_is_retried_after_the_pacing_interval_and_then_succeeds()
    {
        await using var server = new ScriptedServer(
            r => new ScriptedReply.Http(
                200,
                r.Index == 0
                    ? ScriptedServer.Error(r.Id, 32000, "Too many requests")
                    : ScriptedServer.Page(r.Id, 0, 3, 3)),
            clock);
        var client = Client(server, o =>
        {
            o.RequestsPerSecond = 0.5;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(100);
        });

        var call = client.SendAsync(Query());
        await server.WaitForRequestsAsync(1);
        await AdvanceUntilAsync(() => server.Requests.Count >= 2);
        var result = await call;

        Assert.Equal(3, result.Data.Count);
        var requests = server.Requests;
        Assert.Equal(2, requests.Count);

        // The backoff alone would allow 100 ms; the pacer holds the retry to one start per 2 s.
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(2), $"{requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task Calls_through_one_client_start_no_closer_than_the_configured_rate()
    {
        await using var server = new ScriptedServer(
            r => new ScriptedReply.Http(200, ScriptedServer.Page(r.Id, 0, 1, 1)),
            clock);
        var client = Client(server, o => o.RequestsPerSecond = 1);

        var calls = Enumerable.Range(0, 4).Select(_ => client.SendAsync(Query())).ToList();
        await server.WaitForRequestsAsync(1);

        // One second at a time, and only once the request it lets through has arrived: the server stamps arrivals
        // with the fake clock, so a clock moving on while a request travels would blur the gaps being measured.
        for (var sent = 1; sent < 4; sent++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await server.WaitForRequestsAsync(sent + 1);
        }

        await Task.WhenAll(calls);

        var times = server.Requests.Select(r => r.At).ToList();
        for (var i = 1; i < times.Count; i++)
        {
            Assert.True(times[i] - times[i - 1] >= TimeSpan.FromSeconds(1), $"{times[i] - times[i - 1]}");
        }
    }

    [Fact]
    public async Task A_503_with_Retry_After_is_retried_no_sooner_than_the_server_asked()
    {
        await using var server = new ScriptedServer(
            r => r.Index == 0
                ? new ScriptedReply.Http(503, "busy", RetryAfter("7"))
                : new ScriptedReply.Http(200, ScriptedServer.Page(r.Id, 0, 2, 2)),
            clock);
        var client = Client(server, o => o.RetryBaseDelay = TimeSpan.FromMilliseconds(10));

        var call = client.SendAsync(Query());
        await server.WaitForRequestsAsync(1);
        await AdvanceUntilAsync(() => server.Requests.Count >= 2);

        Assert.Equal(2, (await call).Data.Count);
        Assert.True(server.Requests[1].At - server.Requests[0].At >= TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task A_429_with_a_Retry_After_beyond_MaxRetryDelay_is_not_retried_and_carries_the_wait()
    {
        var error = await FailsAtOnceAsync<SerpstatHttpException>(
            _ => new ScriptedReply.Http(429, "later", RetryAfter("86400")));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromDays(1), error.RetryAfter);
    }

    [Fact]
    public async Task A_Retry_After_date_is_read_on_the_clients_clock()
    {
        var date = clock.GetUtcNow().AddHours(1).ToString("R", System.Globalization.CultureInfo.InvariantCulture);

        var error = await FailsAtOnceAsync<SerpstatHttpException>(
            _ => new ScriptedReply.Http(503, "busy", RetryAfter(date)));

        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
    }

    [Fact]
    public async Task A_rate_limit_32000_with_a_Retry_After_beyond_MaxRetryDelay_is_not_retried_and_carries_the_wait()
    {
        var error = await FailsAtOnceAsync<SerpstatRateLimitException>(
            r => new ScriptedReply.Http(200, ScriptedServer.Error(r.Id, 32000, "Too many requests"), RetryAfter("60")),
            o => o.MaxRetryDelay = TimeSpan.FromSeconds(59));

        Assert.Equal(TimeSpan.FromSeconds(60), error.RetryAfter);
    }

    [Fact]
    public async Task A_5xx_that_persists_fails_with_the_status_after_the_retries()
    {
        await using var server = new ScriptedServer(_ => new ScriptedReply.Http(502, "bad gateway"), clock);
        var client = Client(server, o => o.MaxRetries = 2);

        var call = client.SendAsync(Query());
        await server.WaitForRequestsAsync(1);
        await AdvanceUntilAsync(() => call.IsCompleted);

        var error = await Assert.ThrowsAsync<SerpstatHttpException>(() => call);
        Assert.Equal(502, error.StatusCode);
        Assert.Equal(3, server.Requests.Count);
    }

    [Theory]
    [InlineData(32117, typeof(SerpstatInvalidRequestException))]
    [InlineData(32012, typeof(SerpstatCreditsExhaustedException))]
    [InlineData(null, typeof(SerpstatAuthenticationException))]
    public async Task Errors_that_would_fail_again_are_not_retried(int? code, Type expected)
    {
        var message = code is null ? "Invalid token" : "Not allowed field: x";
        await using var server = new ScriptedServer(
            r => new ScriptedReply.Http(200, ScriptedServer.Error(r.Id, code, message)),
            clock);

        var error = await Assert.ThrowsAnyAsync<SerpstatApiException>(() => Client(server).SendAsync(Query()));

        Assert.IsType(expected, error);
        Assert.Equal(code ?? 0, error.Code);
        Assert.Equal(message, error.ApiMessage);
        Assert.Equal(server.Requests[0].Id, error.RequestId);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_timeout_is_its_own_error_and_is_retried()
    {
        await using var server = new ScriptedServer(
            r => r.Index == 0
                ? new ScriptedReply.Hang()
                : new ScriptedReply.Http(200, ScriptedServer.Page(r.Id, 0, 1, 1)),
            clock);
        var client = Client(server, o => o.RequestTimeout = TimeSpan.FromSeconds(5));

        var call = client.SendAsync(Query());
        await server.WaitForRequestsAsync(1);
        await AdvanceUntilAsync(() => server.Requests.Count >= 2);

        Assert.Single((await call).Data);
        Assert.True(server.Requests[1].At - server.Requests[0].At >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_timeout_without_retries_throws_the_timeout_error()
    {
        await using var server = new ScriptedServer(_ => new ScriptedReply.Hang(), clock);
        var client = Client(server, o =>
        {
            o.RequestTimeout = TimeSpan.FromSeconds(5);
            o.MaxRetries = 0;
        });

        var call = client.SendAsync(Query());
        await server.WaitForRequestsAsync(1);
        await AdvanceUntilAsync(() => call.IsCompleted);

        var error = await Assert.ThrowsAsync<SerpstatTimeoutException>(() => call);
        Assert.Equal(TimeSpan.FromSeconds(5), error.Timeout);
    }

    [Fact]
    public async Task Truncated_JSON_is_a_truncation_error_and_is_not_retried()
    {
        await using var server = new ScriptedServer(
            r => new ScriptedReply.Http(200, ScriptedServer.Page(r.Id, 0, 3, 3)[..150]),
            clock);

        var error = await Assert.ThrowsAsync<SerpstatTruncatedResponseException>(
            () => Client(server).SendAsync(Query()));

        Assert.Equal(150, error.ReceivedBytes);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_body_shorter_than_its_Content_Length_is_a_truncation_error()
    {
        await using var server = new ScriptedServer(
            r => new ScriptedReply.CutShort(ScriptedServer.Page(r.Id, 0, 3, 3)[..90], 4000),
            clock);

        await Assert.ThrowsAsync<SerpstatTruncatedResponseException>(() => Client(server).SendAsync(Query()));
    }

    [Fact]
    public async Task A_body_with_neither_result_nor_error_is_a_format_error()
    {
        await using var server = new ScriptedServer(r => new ScriptedReply.Http(200, $"{{\"id\":\"{r.Id}\"}}"), clock);

        var error = await Assert.ThrowsAsync<SerpstatResponseFormatException>(() => Client(server).SendAsync(Query()));

        Assert.Contains("neither a result nor an error", error.Message);
    }

    [Fact]
    public async Task An_empty_page_ends_the_rows()
    {
        await using var server = new ScriptedServer(r => new ScriptedReply.Http(200, r.Page == 1
            ? ScriptedServer.Page(r.Id, 0, 100, 500)
            : ScriptedServer.Page(r.Id, 0, 0, 500, page: r.Page)), clock);

        var rows = await CollectAsync(Client(server).EnumerateAsync(Query()));

        Assert.Equal(100, rows.Count);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task A_total_that_is_a_multiple_of_the_page_size_takes_exactly_that_many_requests()
    {
        await using var server = Pages(total: 300);

        var rows = await CollectAsync(Client(server).EnumerateAsync(Query().WithSize(100)));

        Assert.Equal(Enumerable.Range(0, 300).Select(i => "https://site.test/p" + i), rows.Select(r => r.UrlFrom));
        Assert.Equal(new[] { 1, 2, 3 }, server.Requests.Select(r => r.Page));
    }

    [Fact]
    public async Task Paging_stops_at_the_60000_row_cap_without_asking_beyond_it()
    {
        await using var server = Pages(total: 250_000);

        var rows = await CollectAsync(Client(server).EnumerateAsync(Query().WithSize(1000)));

        Assert.Equal(60_000, rows.Count);
        Assert.Equal(60, server.Requests.Count);
        Assert.Equal(60, server.Requests[^1].Page);
    }

    [Theory]
    [InlineData(250)]
    [InlineData(231)]
    [InlineData(7)]
    public async Task A_credit_budget_ends_the_rows_mid_stream_and_is_never_exceeded(long budget)
    {
        await using var server = Pages(total: 5000);

        var rows = await CollectAsync(
            Client(server).EnumerateAsync(Query().WithSize(100), new PagingOptions { CreditBudget = budget }));

        Assert.Equal(
            Enumerable.Range(0, (int)budget).Select(i => "https://site.test/p" + i),
            rows.Select(r => r.UrlFrom));
        Assert.Equal(budget, server.Requests.Sum(r => r.Size));
    }

    [Theory]
    [InlineData(5000, "The request refuses pages of 5000 rows: size must be from 1 to 1000.")]
    [InlineData(0, "A page holds at least 1 row.")]
    public async Task A_page_size_the_method_refuses_is_refused_by_the_call_before_any_request(int size, string message)
    {
        await using var server = Pages(total: 5000);
        var client = Client(server);
        var paging = new PagingOptions { PageSize = size };

        var rows = Assert.Throws<ArgumentOutOfRangeException>(() => client.EnumerateAsync(Query(), paging));
        var pages = Assert.Throws<ArgumentOutOfRangeException>(() => client.EnumeratePagesAsync(Query(), paging));

        foreach (var error in new[] { rows, pages })
        {
            Assert.Equal("PagingOptions.PageSize", error.ParamName);
            Assert.Equal(size, error.ActualValue);
            Assert.Equal($"{message} (Parameter 'PagingOptions.PageSize')\nActual value was {size}.", error.Message);
        }

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_negative_credit_budget_is_refused_by_the_call_before_any_request()
    {
        await using var server = Pages(total: 5000);

        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => Client(server).EnumerateAsync(Query(), new PagingOptions { CreditBudget = -1 }));

        Assert.Equal("PagingOptions.CreditBudget", error.ParamName);
        Assert.Equal(-1L, error.ActualValue);
        Assert.Equal(
            "The credit budget must not be negative. (Parameter 'PagingOptions.CreditBudget')\nActual value was -1.",
            error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Pages_smaller_than_the_querys_size_go_on_past_page_60()
    {
        await using var server = Pages(total: 650);

        var rows = await CollectAsync(
            Client(server).EnumerateAsync(Query().WithSize(1000), new PagingOptions { PageSize = 10 }));

        Assert.Equal(Enumerable.Range(0, 650).Select(i => "https://site.test/p" + i), rows.Select(r => r.UrlFrom));
        Assert.Equal(Enumerable.Range(1, 65), server.Requests.Select(r => r.Page));
        Assert.All(server.Requests, r => Assert.Equal(10, r.Size));
    }

    [Fact]
    public async Task Credits_left_are_seen_after_every_page()
    {
        await using var server = Pages(total: 250);
        var client = Client(server);

        var seen = new List<long?>();
        await foreach (var page in client.EnumeratePagesAsync(Query().WithSize(100)))
        {
            seen.Add(page.CreditsLeft);
            Assert.Equal(page.CreditsLeft, client.CreditsLeft);
        }

        Assert.Equal(new long?[] { 9900, 9800, 9750 }, seen);
    }

    [Fact]
    public async Task Cancelling_between_pages_sends_no_further_request()
    {
        await using var server = Pages(total: 1000);
        using var cancel = new CancellationTokenSource();

        var rows = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in Client(server).EnumerateAsync(
                               Query().WithSize(100),
                               cancellationToken: cancel.Token))
            {
                if (++rows == 100)
                {
                    cancel.Cancel();
                }
            }
        });

        Assert.Equal(100, rows);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_a_retry_stops_at_once()
    {
        await using var server = new ScriptedServer(
            r => new ScriptedReply.Http(200, ScriptedServer.Error(r.Id, 32000, "slow down")),
            clock);
        using var cancel = new CancellationTokenSource();

        var call = Client(server).SendAsync(Query(), cancel.Token);
        await server.WaitForRequestsAsync(1);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(server.Requests);
    }

    private static GetOutlinks.Request Query() => GetOutlinks.Query("site.test", GetOutlinks.SearchType.Domain);

    /// <summary>
    /// A server that pages through <paramref name="total"/> numbered rows, charging one credit per row.
    /// </summary>
    private ScriptedServer Pages(long total) => new(r =>
    {
        var first = (long)(r.Page - 1) * r.Size;
        var count = (int)Math.Max(0, Math.Min(r.Size, total - first));
        var charged = Math.Min(first + count, total);
        return new ScriptedReply.Http(200, ScriptedServer.Page(r.Id, first, count, total, 10_000 - charged, r.Page));
    }, clock);

    private SerpstatClient Client(ScriptedServer server, Action<SerpstatClientOptions>? configure = null)
    {
        var options = new SerpstatClientOptions
        {
            Endpoint = server.Endpoint,
            Token = "scripted-token",
            RequestsPerSecond = double.PositiveInfinity,
            UseJitter = false,
        };
        configure?.Invoke(options);
        return new SerpstatClient(http, options, timeProvider: clock);
    }

    private static Dictionary<string, string> RetryAfter(string value) => new() { ["Retry-After"] = value };

    /// <summary>
    /// A call whose every answer is <paramref name="reply"/>: it must fail with one request, not retried.
    /// </summary>
    private async Task<T> FailsAtOnceAsync<T>(
        Func<ScriptedRequest, ScriptedReply> reply,
        Action<SerpstatClientOptions>? configure = null)
        where T : Exception
    {
        await using var server = new ScriptedServer(reply, clock);
        var call = Client(server, configure).SendAsync(Query());

        // The clock stands still until the answer is read (a Retry-After date is exactly as far ahead as written);
        // it moves on only if the client waits to retry.
        await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(5)));
        await AdvanceUntilAsync(() => call.IsCompleted);

        var error = await Assert.ThrowsAsync<T>(() => call);
        Assert.Single(server.Requests);
        return error;
    }

    /// <summary>
    /// Moves the fake clock on in small steps until <paramref name="done"/>, giving I/O a moment between.
    /// </summary>
    private async Task AdvanceUntilAsync(Func<bool> done)
    {
        for (var step = 0; step < 2000 && !done(); step++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(2);
        }

        Assert.True(done(), "The awaited state never came.");
    }

    private static async Task<List<T>> CollectAsync<T>(IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        await foreach (var item in source)
        {
            items.Add(item);
        }

        return items;
    }
}
