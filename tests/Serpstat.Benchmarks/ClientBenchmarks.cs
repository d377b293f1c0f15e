using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Serpstat.Backlinks;
using Serpstat.Client;
using Serpstat.Emulator;
using Serpstat.Protocol;

namespace Serpstat.Benchmarks;

/// <summary>
/// One getOutlinks call through <see cref="SerpstatClient"/> (build the body, send, read, parse into typed rows),
/// against a raw <see cref="HttpClient"/> posting a prebuilt body and reading the bytes. Both go to the same in-process
/// emulator on 127.0.0.1, with pacing off on both ends, over one pooled connection.
/// </summary>
[MemoryDiagnoser]
public class ClientBenchmarks
{
    private const string Token = "benchmark-token";

    private readonly GetOutlinks.Request query =
        GetOutlinks.Query("cosmo-tech.io", GetOutlinks.SearchType.Domain).WithSize(100);

    private SerpstatEmulator emulator = null!;
    private HttpClient http = null!;
    private SerpstatClient client = null!;
    private Uri rawUri = null!;
    private byte[] rawBody = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var options = new EmulatorOptions { RequestsPerSecond = double.PositiveInfinity };
        options.Tokens[Token] = long.MaxValue / 2;
        emulator = await SerpstatEmulator.StartAsync(options);
        http = new HttpClient();
        client = new SerpstatClient(http, new SerpstatClientOptions
        {
            Endpoint = emulator.Endpoint,
            Token = Token,
            RequestsPerSecond = double.PositiveInfinity,
        });
        rawUri = new Uri(emulator.Endpoint + "?token=" + Token);
        rawBody = query.ToUtf8Json(RequestId.FromNumber(1));

        // Both sides must be answered with the same rows, or the comparison means nothing.
        var rows = (await client.SendAsync(query)).Data.Count;
        var raw = await RawHttpClient();
        if (rows == 0 || raw < 1000)
        {
            throw new InvalidOperationException($"The emulator answered {rows} rows ({raw} bytes raw).");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        http.Dispose();
        await emulator.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawHttpClient()
    {
        using var content = new ByteArrayContent(rawBody);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(rawUri, content);
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    /// <summary>
    /// The raw call, then the same parse into typed rows the client makes: what the client adds beyond parsing.
    /// </summary>
    [Benchmark]
    public async Task<int> RawHttpClientThenParse()
    {
        using var content = new ByteArrayContent(rawBody);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var response = await http.PostAsync(rawUri, content);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return query.ParseResponse(bytes).GetResultOrThrow().Data.Count;
    }

    [Benchmark]
    public async Task<int> SerpstatClient() => (await client.SendAsync(query)).Data.Count;
}
