using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Serpstat.Generator.Tests.Generation;

/// <summary>
/// The code generated from the real schema compiles with no diagnostic at all, warnings treated as errors, whatever the
/// consumer's framework (.NET 10, .NET 8, .NET Standard 2.0), nullable setting, C# version and usings, beside consumer
/// types that share our names. The consumer's own code has no global usings unless a test adds the SDK's.
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
    [InlineData(ConsumerFramework.Net100, LanguageVersion.Latest, NullableContextOptions.Enable)]
    [InlineData(ConsumerFramework.Net100, LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData(ConsumerFramework.Net100, LanguageVersion.CSharp8, NullableContextOptions.Enable)]
    [InlineData(ConsumerFramework.Net100, LanguageVersion.CSharp8, NullableContextOptions.Disable)]
    [InlineData(ConsumerFramework.Net100, LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    [InlineData(ConsumerFramework.Net80, LanguageVersion.Latest, NullableContextOptions.Enable)]
    [InlineData(ConsumerFramework.Net80, LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData(ConsumerFramework.Net80, LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    [InlineData(ConsumerFramework.NetStandard20, LanguageVersion.Latest, NullableContextOptions.Enable)]
    [InlineData(ConsumerFramework.NetStandard20, LanguageVersion.Latest, NullableContextOptions.Disable)]
    [InlineData(ConsumerFramework.NetStandard20, LanguageVersion.CSharp8, NullableContextOptions.Enable)]
    [InlineData(ConsumerFramework.NetStandard20, LanguageVersion.CSharp7_3, NullableContextOptions.Disable)]
    public void Generated_code_compiles_without_any_diagnostic(
        ConsumerFramework framework,
        LanguageVersion version,
        NullableContextOptions nullable)
    {
        var run = GeneratorHarness.Run(Consumer, version, nullable, framework);

        AssertClean(run);
        Assert.Equal(5, run.Result.GeneratedTrees.Length);
    }

    [Theory]
    [InlineData(ConsumerFramework.Net100)]
    [InlineData(ConsumerFramework.Net80)]
    public void Generated_code_compiles_beside_the_sdks_implicit_usings(ConsumerFramework framework)
    {
        var run = GeneratorHarness.Run(Consumer, framework: framework, implicitUsings: true);

        AssertClean(run);
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
