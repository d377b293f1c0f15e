using System;
using System.Net.Http;
using System.Threading.Tasks;
using Serpstat.Emulator;
using Xunit;

namespace Serpstat.Client.Tests.Infrastructure;

/// <summary>One emulator for a test class: no rate limit, credits enough for every test.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    public const string Token = "fixture-token";

    public SerpstatEmulator Emulator { get; private set; } = null!;

    public HttpClient Http { get; } = new();

    public SerpstatClient Client() => new(Http, new SerpstatClientOptions
    {
        Endpoint = Emulator.Endpoint,
        Token = Token,
        RequestsPerSecond = double.PositiveInfinity,
    });

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions { RequestsPerSecond = double.PositiveInfinity };
        options.Tokens[Token] = 1_000_000_000;
        Emulator = await SerpstatEmulator.StartAsync(options);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
