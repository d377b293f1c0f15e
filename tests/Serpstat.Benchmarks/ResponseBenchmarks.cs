using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Serpstat.Backlinks;
using Serpstat.Benchmarks.Baseline;

namespace Serpstat.Benchmarks;

/// <summary>
/// Reading a 1,000-row getOutlinks page (about 400 KB) into typed rows: the generated reader, against
/// System.Text.Json's
/// source-generated deserializer into equivalent POCOs.
/// </summary>
[MemoryDiagnoser]
public class ResponseBenchmarks
{
    private readonly GetOutlinks.Request query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain);
    private byte[] page = null!;

    [GlobalSetup]
    public void Setup() => page = OutlinksPage.Create(1000);

    [Benchmark(Baseline = true)]
    public int SystemTextJsonPoco() =>
        JsonSerializer.Deserialize(page, BaselineJsonContext.Default.ResponsePoco)!.Result!.Data.Count;

    [Benchmark]
    public int GeneratedReader() => query.ParseResponse(page).Result!.Data.Count;
}
