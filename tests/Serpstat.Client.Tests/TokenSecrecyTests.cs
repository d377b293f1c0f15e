using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serpstat.Backlinks;
using Serpstat.Client.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Client.Tests;

/// <summary>Every log entry and every exception text of failing calls is searched for the token.</summary>
public sealed class TokenSecrecyTests
{
    private const string Token = "SECRET-t0ken/with+chars";

    private const string FactoryCategory = "System.Net.Http.HttpClient.SerpstatClient";

    /// <summary>Answers that fail in every way, several of which echo the token back.</summary>
    private static readonly Func<ScriptedRequest, ScriptedReply>[] Failures =
    {
        r => new ScriptedReply.Http(200, ScriptedServer.Error(r.Id, null, "Invalid token " + Token)),
        r => new ScriptedReply.Http(200, ScriptedServer.Error(r.Id, 32117, "Not allowed field: " + Token)),
        r => new ScriptedReply.Http(200, ScriptedServer.Error(r.Id, 32000, "slow down " + Token)),
        r => new ScriptedReply.Http(500, Token),
        r => new ScriptedReply.Http(
            200,
            ScriptedServer.Page(r.Id, 0, 2, 2).Replace("\"links_ext\":0", $"\"links_ext\":\"{Token}\"")),
        r => new ScriptedReply.Http(200, ScriptedServer.Page(r.Id, 0, 2, 2).Replace("\"row 1\"", $"\"{Token}")),
        r => new ScriptedReply.Http(200, $"{{\"id\":\"{Token}\",\"result\":null}}"),
        r => new ScriptedReply.Http(200, $"{{\"id\":\"{Token}\",\"error\":{{\"code\":1,\"message\":\"x\"}}}}"),
        r => new ScriptedReply.CutShort("{\"id\":\"" + Token, 500),
    };

    [Theory]
    [InlineData(TokenPlacement.QueryString)]
    [InlineData(TokenPlacement.Header)]
    public async Task No_log_entry_or_exception_text_of_a_failing_call_holds_the_token(TokenPlacement placement)
    {
        var logs = new CapturingLoggerProvider();
        var texts = new List<string>();
        foreach (var failure in Failures)
        {
            await using var server = new ScriptedServer(failure);
            texts.AddRange(await FailAsync(DirectClient(server.Endpoint, placement, logs)));
            texts.AddRange(await FailAsync(FactoryClient(server.Endpoint, placement, logs)));
        }

        // Nothing listens on a port that was just released: a connection failure.
        texts.AddRange(await FailAsync(DirectClient(ClosedPort(), placement, logs)));

        // The factory's own loggers print the URL: the registration removes them; the client's own logs stay.
        Assert.DoesNotContain(logs.Entries, e => e.Contains(FactoryCategory, StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Contains("SerpstatRetry", StringComparison.Ordinal));
        Assert.True(texts.Count >= 2 * Failures.Length + 1, "Every failure threw.");
        AssertNoToken(texts.Concat(logs.Entries));
    }

    [Theory]
    [InlineData(TokenPlacement.QueryString)]
    [InlineData(TokenPlacement.Header)]
    public async Task An_apps_logging_at_Trace_gets_the_clients_entries_and_no_token(TokenPlacement placement)
    {
        var logs = new CapturingLoggerProvider();
        await using var server = new ScriptedServer(
            r => new ScriptedReply.Http(200, ScriptedServer.Page(r.Id, 0, 2, 2)));

        var result = await FactoryClient(server.Endpoint, placement, logs).SendAsync(Query());

        Assert.Equal(2, result.Data.Count);
        AssertNoToken(logs.Entries);
        var entry = Assert.Single(logs.Entries);
        Assert.StartsWith(
            "Debug Serpstat.Client.SerpstatClient SerpstatCallAnswered: "
            + "Serpstat SerpstatBacklinksProcedure.getOutlinks answered in ",
            entry,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_header_is_redacted_when_the_app_adds_the_factorys_logger_back()
    {
        var logs = new CapturingLoggerProvider();
        await using var server = new ScriptedServer(
            r => new ScriptedReply.Http(200, ScriptedServer.Page(r.Id, 0, 2, 2)));

        var client = FactoryClient(server.Endpoint, TokenPlacement.Header, logs, b => b.AddDefaultLogger());
        await client.SendAsync(Query());

        Assert.Contains(logs.Entries, e => e.Contains(FactoryCategory + ".ClientHandler", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Contains("token: *", StringComparison.Ordinal));
        AssertNoToken(logs.Entries);
    }

    [Fact]
    public void Options_and_client_print_the_token_masked()
    {
        var options = new SerpstatClientOptions { Token = Token };
        using var http = new HttpClient();
        var client = new SerpstatClient(http, options);

        Assert.DoesNotContain("SECRET", options.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", client.ToString(), StringComparison.Ordinal);
        Assert.Contains("token=***", client.MaskedEndpoint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a b+c", "http://127.0.0.1:1/v4")]
    [InlineData("a b+c", "http://127.0.0.1:1/v4?lang=en")]
    [InlineData(Token, "http://127.0.0.1:1/v4")]
    [InlineData("ключ&=?#%", "http://127.0.0.1:1/v4")]
    public void The_endpoint_is_shown_with_the_token_masked_whatever_its_escaping(string token, string endpoint)
    {
        using var http = new HttpClient();
        var client = new SerpstatClient(
            http,
            new SerpstatClientOptions { Endpoint = new Uri(endpoint), Token = token });

        var expected = endpoint + (endpoint.Contains('?') ? "&" : "?") + "token=***";
        Assert.Equal(expected, client.MaskedEndpoint);
        Assert.Equal("SerpstatClient " + expected, client.ToString());
    }

    [Theory]
    [InlineData(TokenPlacement.QueryString)]
    [InlineData(TokenPlacement.Header)]
    public async Task A_handlers_exception_that_shows_the_token_is_wrapped_masked_and_without_it(
        TokenPlacement placement)
    {
        const string token = "a b+c";
        var refusal = new Refuse(r => new InvalidOperationException(
            $"refused {r.RequestUri}", new InvalidOperationException($"headers: {r.Headers.ToString().Trim()}")));

        var error = await Assert.ThrowsAsync<SerpstatConnectionException>(
            () => HandlerClient(refusal, token, placement).SendAsync(Query()));

        var endpoint = placement == TokenPlacement.QueryString
            ? "http://127.0.0.1:1/v4?token=***"
            : "http://127.0.0.1:1/v4";
        Assert.Equal($"Could not reach {endpoint}: refused {endpoint}", error.Message);
        Assert.Equal(endpoint, error.MaskedUri);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public async Task A_handlers_exception_that_shows_no_token_is_wrapped_with_it_as_the_inner_exception()
    {
        var thrown = new InvalidOperationException("no route", new InvalidOperationException("circuit open"));

        var error = await Assert.ThrowsAsync<SerpstatConnectionException>(
            () => HandlerClient(new Refuse(_ => thrown), "a b+c", TokenPlacement.QueryString).SendAsync(Query()));

        Assert.Equal("Could not reach http://127.0.0.1:1/v4?token=***: no route", error.Message);
        Assert.Same(thrown, error.InnerException);
    }

    [Fact]
    public async Task The_callers_cancellation_inside_a_handler_stays_a_cancellation()
    {
        using var cancel = new CancellationTokenSource();
        var refusal = new Refuse(_ =>
        {
            cancel.Cancel();
            return new OperationCanceledException(cancel.Token);
        });

        var call = HandlerClient(refusal, "a b+c", TokenPlacement.QueryString).SendAsync(Query(), cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    private static SerpstatClient HandlerClient(DelegatingHandler handler, string token, TokenPlacement placement)
    {
        handler.InnerHandler = new SocketsHttpHandler();
        return new SerpstatClient(new HttpClient(handler), new SerpstatClientOptions
        {
            Endpoint = new Uri("http://127.0.0.1:1/v4"),
            Token = token,
            TokenPlacement = placement,
            RequestsPerSecond = double.PositiveInfinity,
            MaxRetries = 0,
        });
    }

    private static async Task<IEnumerable<string>> FailAsync(SerpstatClient client)
    {
        try
        {
            await client.SendAsync(Query());
        }
        catch (SerpstatException failure)
        {
            var data = failure.Data.Cast<DictionaryEntry>().Select(e => $"{e.Key}={e.Value}");
            return new[] { failure.ToString(), failure.Message, client.ToString() }.Concat(data);
        }

        return Array.Empty<string>();
    }

    private static SerpstatClientOptions Options(Uri endpoint, TokenPlacement placement) => new()
    {
        Endpoint = endpoint,
        Token = Token,
        TokenPlacement = placement,
        RequestsPerSecond = double.PositiveInfinity,
        MaxRetries = 1,
        RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    };

    private static SerpstatClient DirectClient(Uri endpoint, TokenPlacement placement, CapturingLoggerProvider logs) =>
        new(new HttpClient(), Options(endpoint, placement), logs.CreateLogger<SerpstatClient>());

    private static void AssertNoToken(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(Token), text, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
        }
    }

    private static GetOutlinks.Request Query() => GetOutlinks.Query("site.test", GetOutlinks.SearchType.Domain);

    /// <summary>
    /// The typed client from the container, logging as an app on .NET 8 does: a provider added through AddLogging,
    /// every category at Trace, and header values logged as they are (the 8.0 default; 9.0 and later hide them all).
    /// </summary>
    private static SerpstatClient FactoryClient(
        Uri endpoint,
        TokenPlacement placement,
        CapturingLoggerProvider logs,
        Action<IHttpClientBuilder>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.ConfigureHttpClientDefaults(b => b.RedactLoggedHeaders(_ => false));
        var builder = services.AddSerpstatClient(o =>
        {
            var configured = Options(endpoint, placement);
            o.Endpoint = configured.Endpoint;
            o.Token = configured.Token;
            o.TokenPlacement = configured.TokenPlacement;
            o.RequestsPerSecond = configured.RequestsPerSecond;
            o.MaxRetries = configured.MaxRetries;
            o.RetryBaseDelay = configured.RetryBaseDelay;
        });
        configure?.Invoke(builder);
        return services.BuildServiceProvider().GetRequiredService<SerpstatClient>();
    }

    private static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v4");
    }

    /// <summary>A handler in the pipeline that throws before anything is sent.</summary>
    private sealed class Refuse(Func<HttpRequestMessage, Exception> failure) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken) =>
            throw failure(request);
    }
}
