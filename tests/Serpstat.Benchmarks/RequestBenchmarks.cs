using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Serpstat.Backlinks;
using Serpstat.Benchmarks.Baseline;

namespace Serpstat.Benchmarks;

/// <summary>
/// Building the reference's example query and writing its JSON-RPC body to UTF-8: the DSL and generated writer, against
/// System.Text.Json's source-generated serializer writing an equivalent POCO graph built the same way each time.
/// </summary>
[MemoryDiagnoser]
public class RequestBenchmarks
{
    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private Utf8JsonWriter writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        writer = new Utf8JsonWriter(
            buffer,
            new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        // Both sides must write the same bytes, or the comparison means nothing.
        SystemTextJsonPoco();
        var baseline = buffer.WrittenSpan.ToArray();
        GeneratedDsl();
        if (!buffer.WrittenSpan.SequenceEqual(baseline))
        {
            throw new InvalidOperationException(
                "The two sides write different JSON:\n" + Encoding.UTF8.GetString(baseline) + "\n"
                + Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    [Benchmark(Baseline = true)]
    public int SystemTextJsonPoco()
    {
        Restart();
        var request = new RequestPoco
        {
            Id = 1,
            Method = "SerpstatBacklinksProcedure.getOutlinks",
            Params = new ParamsPoco
            {
                Query = "serpstat.com",
                SearchType = "domain",
                Sort = "url_from",
                Order = "desc",
                Page = 1,
                Size = 2,
                LinkPerDomain = 1,
                ComplexFilter = new List<List<ConditionPoco>>
                {
                    new()
                    {
                        new() { Field = "url_from", CompareType = "notContains", Value = ["7654765"] },
                        new()
                        {
                            Field = "link_nofollow",
                            CompareType = "contains",
                            Value = ["follow", "nofollow", "ugc", "sponsored"],
                        },
                        new() { Field = "anchor", CompareType = "notContains", Value = ["лопспрол"] },
                        new() { Field = "check", CompareType = "lte", Value = ["01.01.2030"] },
                        new() { Field = "links_external", CompareType = "between", Value = ["1", "500"] },
                    },
                    new() { new() { Field = "links_external", CompareType = "lte", Value = ["800"] } },
                },
            },
        };
        JsonSerializer.Serialize(writer, request, BaselineJsonContext.Default.RequestPoco);
        writer.Flush();
        return buffer.WrittenCount;
    }

    [Benchmark]
    public int GeneratedDsl()
    {
        Restart();
        var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
            .WithSort(GetOutlinks.Sort.UrlFrom)
            .WithOrder(GetOutlinks.Order.Descending)
            .WithPage(1)
            .WithSize(2)
            .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromDomain)
            .Where(f => f.UrlFrom.NotContains("7654765")
                        && f.LinkNofollow.Contains(
                            GetOutlinks.LinkNofollowFilter.Follow,
                            GetOutlinks.LinkNofollowFilter.Nofollow,
                            GetOutlinks.LinkNofollowFilter.Ugc,
                            GetOutlinks.LinkNofollowFilter.Sponsored)
                        && f.Anchor.NotContains("лопспрол")
                        && f.Check.Lte(new DateTime(2030, 1, 1))
                        && f.LinksExternal.Between(1, 500)
                        || f.LinksExternal.Lte(800));
        query.WriteTo(writer, 1);
        writer.Flush();
        return buffer.WrittenCount;
    }

    private void Restart()
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
    }
}
