using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Serpstat.Emulator;

/// <summary>
/// A local Serpstat API for getOutlinks on 127.0.0.1. Start it in-process with <see cref="StartAsync"/> and point a
/// client's <c>Endpoint</c> at <see cref="Endpoint"/>; dispose it to stop it.
/// </summary>
public sealed class SerpstatEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly EmulatorHandler handler;

    private SerpstatEmulator(WebApplication app, EmulatorHandler handler, Uri endpoint)
    {
        this.app = app;
        this.handler = handler;
        Endpoint = endpoint;
    }

    /// <summary>The JSON-RPC endpoint, such as <c>http://127.0.0.1:51234/v4</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>How many requests it has received.</summary>
    public long Requests => handler.Requests;

    /// <summary>How many distinct connections those requests came over.</summary>
    public int Connections => handler.Connections;

    /// <summary>The credits left to <paramref name="token"/>.</summary>
    public long CreditsLeft(string token) => handler.CreditsLeft(token);

    /// <summary>Starts an emulator on 127.0.0.1 and returns once it listens.</summary>
    public static async Task<SerpstatEmulator> StartAsync(EmulatorOptions? options = null)
    {
        options ??= new EmulatorOptions();
        var handler = new EmulatorHandler(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        // Routing ignores a trailing slash, so this serves /v4/ as well.
        app.MapPost("/v4", handler.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return new SerpstatEmulator(app, handler, new Uri(new Uri(address), "/v4"));
    }

    /// <summary>
    /// Completes when the process is asked to stop (Ctrl+C, SIGTERM) or <see cref="DisposeAsync"/> runs.
    /// </summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
