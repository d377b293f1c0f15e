using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Serpstat.Generator.Tests.Generation;

/// <summary>
/// The code generated from the real schema compiles with no diagnostic at all, warnings treated as errors, whatever the
/// consumer's nullable setting and C# version, beside consumer types that share our names.
/// </summary>
public sealed class ConsumerCompilationTests
{
    private const string Consumer = @"
using System;
using Serpstat.Backlinks;

namespace Consumer
{
    internal static class Usage
    {
        public static byte[] Build()
        {
            return GetOutlinks.Query(""serpstat.com"", GetOutlinks.SearchType.Domain)
                .WithSort(GetOutlinks.Sort.UrlFrom)
                .WithPage(1)
                .WithSize(2)
                .Where(f => f.LinksExternal.Between(1, 500) && f.UrlFrom.NotContains(""x"") || f.LinksExternal.Lte(800))
                .Where(f => !f.Check.Gt(new DateTime(2030, 1, 1)) && f.LinkType.Contains(GetOutlinks.LinkTypeFilter.Text))
                .ToUtf8Json(1);
        }

        public static long Rows(byte[] body)
        {
            var result = GetOutlinks.Query(""serpstat.com"", GetOutlinks.SearchType.Domain).ParseResponse(body)
                .GetResultOrThrow();
            return result.Data.Count + result.SummaryInfo.Total.GetValueOrDefault();
        }
    }
}
";

    // Types named like the ones generated code uses, in the consumer's own namespace and in the generated one:
    // generated code must not bind to them.
    private const string LookAlikes = @"
namespace Consumer
{
    internal class System { }
    internal class Filter<T> { }
    internal class SerpstatRequest<T> { }
    internal class JsonPath { }
    internal class Utf8JsonReader { }
}

namespace Serpstat.Backlinks
{
    internal class System { }
    internal class Request { }
    internal class Filter<T> { }
    internal class List<T> { }
    internal class JsonPath { }
    internal class Protocol { }
    internal class Filtering { }
}
";

    [Theory]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Enable)]
    [InlineData(LanguageVersion.CSharp8, NullableContextOptions.Disable)]
    [InlineData(LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    public void Generated_code_compiles_without_any_diagnostic(LanguageVersion version, NullableContextOptions nullable)
    {
        var run = GeneratorHarness.Run(Consumer, version, nullable);

        AssertClean(run);
        Assert.Equal(5, run.Result.GeneratedTrees.Length);
    }

    [Fact]
    public void Generated_code_does_not_bind_to_consumer_types_named_like_ours()
    {
        var run = GeneratorHarness.Run(Consumer + LookAlikes);

        AssertClean(run);
    }

    [Fact]
    public void Csharp_7_3_gets_no_nullable_annotations()
    {
        var run = GeneratorHarness.Run(Consumer, LanguageVersion.CSharp7_3, NullableContextOptions.Disable);

        Assert.All(run.Result.GeneratedTrees, tree => Assert.DoesNotContain("#nullable", tree.ToString()));
    }

    private static void AssertClean(GeneratorRun run)
    {
        if (run.AllDiagnostics.Count > 0)
        {
            Assert.Fail(string.Join("\n", run.AllDiagnostics.Select(d => d.ToString())));
        }
    }
}
