using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
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

    /// <summary>Answers that fail in every way, several of which echo the token back.</summary>
    private static readonly Func<ScriptedRequest, ScriptedReply>[] Failures =
    {
        r => new ScriptedReply.Http(200, ScriptedServer.Error(r.Id, null, "Invalid token " + Token)),
        r => new ScriptedReply.Http(200, ScriptedServer.Error(r.Id, 32117, "Not allowed field: " + Token)),
        r => new ScriptedReply.Http(200, ScriptedServer.Error(r.Id, 32000, "slow down " + Token)),
        r => new ScriptedReply.Http(500, Token),
        r => new ScriptedReply.Http(200, ScriptedServer.Page(r.Id, 0, 2, 2).Replace("\"links_ext\":0", $"\"links_ext\":\"{Token}\"")),
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

        // The factory's own logging ran too, URL and all.
        Assert.Contains(logs.Entries, e => e.Contains("System.Net.Http.HttpClient.SerpstatClient", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Contains("SerpstatRetry", StringComparison.Ordinal));
        Assert.True(texts.Count >= 2 * Failures.Length + 1, "Every failure threw.");
        foreach (var text in texts.Concat(logs.Entries))
        {
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Uri.EscapeDataString(Token), text, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
        }
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

    private static async Task<IEnumerable<string>> FailAsync(SerpstatClient client)
    {
        try
        {
            await client.SendAsync(GetOutlinks.Query("site.test", GetOutlinks.SearchType.Domain));
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

    /// <summary>The typed client from the container, with the factory's own HTTP logging on at every level.</summary>
    private static SerpstatClient FactoryClient(Uri endpoint, TokenPlacement placement, CapturingLoggerProvider logs)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSerpstatClient(o =>
        {
            var configured = Options(endpoint, placement);
            o.Endpoint = configured.Endpoint;
            o.Token = configured.Token;
            o.TokenPlacement = configured.TokenPlacement;
            o.RequestsPerSecond = configured.RequestsPerSecond;
            o.MaxRetries = configured.MaxRetries;
            o.RetryBaseDelay = configured.RetryBaseDelay;
        });
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
}
