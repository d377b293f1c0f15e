using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Serpstat.Backlinks;
using Serpstat.Client.Tests.Infrastructure;
using Serpstat.Emulator;
using Xunit;

namespace Serpstat.Client.Tests;

/// <summary>The client sends every call through the one handler it was given, over one kept-alive connection.</summary>
public sealed class HandlerReuseTests
{
    [Fact]
    public async Task A_thousand_sequential_calls_reuse_one_handler_and_one_connection()
    {
        var options = new EmulatorOptions { RequestsPerSecond = double.PositiveInfinity };
        options.Tokens["reuse"] = 10_000_000;
        await using var emulator = await SerpstatEmulator.StartAsync(options);
        var counting = new CountingHandler(new SocketsHttpHandler());
        using var http = new HttpClient(counting);
        var client = new SerpstatClient(http, new SerpstatClientOptions
        {
            Endpoint = emulator.Endpoint,
            Token = "reuse",
            RequestsPerSecond = double.PositiveInfinity,
        });
        var query = GetOutlinks.Query("alpha-travel.com", GetOutlinks.SearchType.Domain).WithSize(1);

        for (var i = 0; i < 1000; i++)
        {
            Assert.Single((await client.SendAsync(query)).Data);
        }

        Assert.Equal(1000, counting.Calls);
        Assert.Equal(1000, emulator.Requests);
        Assert.Equal(1, emulator.Connections);
        Assert.Equal(1, CountingHandler.Created);
    }

    [Fact]
    public async Task Clients_resolved_from_the_container_share_the_factory_handler_and_the_pacer()
    {
        await using var emulator = await SerpstatEmulator.StartAsync(
            new EmulatorOptions { RequestsPerSecond = double.PositiveInfinity });
        var services = new ServiceCollection();
        var created = 0;
        services.AddSerpstatClient(o =>
            {
                o.Endpoint = emulator.Endpoint;
                o.Token = EmulatorOptions.DefaultToken;
                o.RequestsPerSecond = double.PositiveInfinity;
            })
            .AddHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref created);
                return new PassThrough();
            });
        await using var provider = services.BuildServiceProvider();
        var query = GetOutlinks.Query("alpha-travel.com", GetOutlinks.SearchType.Domain).WithSize(1);

        for (var i = 0; i < 50; i++)
        {
            await provider.GetRequiredService<SerpstatClient>().SendAsync(query);
        }

        Assert.Equal(1, created);
        Assert.Same(
            provider.GetRequiredService<SerpstatRequestPacer>(),
            provider.GetRequiredService<SerpstatRequestPacer>());
        Assert.Equal(1, emulator.Connections);
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        private static int created;
        private int calls;

        public CountingHandler(HttpMessageHandler inner)
            : base(inner) => Interlocked.Increment(ref created);

        public static int Created => created;

        public int Calls => calls;

        protected override Task<HttpResponseMessage> SendAsync(
            HttpRequestMessage request,
            CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref calls);
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class PassThrough : DelegatingHandler
    {
    }
}
