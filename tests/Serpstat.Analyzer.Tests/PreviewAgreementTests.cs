using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Serpstat.Analyzer.Tests.Infrastructure;
using Serpstat.Generator.Analyzers;
using Xunit;

namespace Serpstat.Analyzer.Tests;

/// <summary>
/// The preview (SERP150) must be byte for byte what the runtime sends: each query is compiled with the generated
/// client, run, and its <c>ToJson(1)</c> compared with the preview the analyzer shows for the same code. A filter the
/// runtime refuses must get the runtime's own message as SERP113, and no preview.
/// </summary>
public sealed class PreviewAgreementTests
{
    [Theory]
    [InlineData("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)""")]
    [InlineData("""
        GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
            .WithSort(GetOutlinks.Sort.UrlFrom).WithOrder(GetOutlinks.Order.Descending).WithPage(1).WithSize(2)
            .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromDomain)
            .Where(f => f.UrlFrom.NotContains("7654765")
                        && f.LinkNofollow.Contains(GetOutlinks.LinkNofollowFilter.Follow, GetOutlinks.LinkNofollowFilter.Nofollow,
                            GetOutlinks.LinkNofollowFilter.Ugc, GetOutlinks.LinkNofollowFilter.Sponsored)
                        && f.Anchor.NotContains("лопспрол")
                        && f.Check.Lte(new DateTime(2030, 1, 1))
                        && f.LinksExternal.Between(1, 500)
                        || f.LinksExternal.Lte(800))
        """)]
    [InlineData("""
        GetOutlinks.Query("https://serpstat.com/blog/", GetOutlinks.SearchType.PartUrl)
            .Where(f => !(f.Anchor.Eq("say \"hi\"\\ \t\u0001 \u00ad \u200b \ufeff \u2028 \u0085 \ue000 😀 <a>&'+`") || f.Check.Gte("1.2.2029")))
            .Where(f => f.Condition("link_type", CompareType.NotContains, "rss", "rss", "image") && !f.LinksExternal.Neq(3))
            .WithPage(3).WithOrder(GetOutlinks.Order.Ascending)
        """)]
    [InlineData("""
        GetOutlinks.Query(searchType: GetOutlinks.SearchType.DomainWithSubdomains, query: "serpstat.com")
            .WithSize(value: 5).WithSort(GetOutlinks.Sort.Check)
            .Where(predicate: f => f.LinksExternal.Between(to: 500, from: 1)
                                   && f.Check.Lte(new DateTime(day: 2, month: 1, year: 2030))
                                   && f.Condition(values: new[] { "rss", "image" }, compareType: CompareType.Contains, field: "link_type"))
        """)]
    [InlineData("""
        new GetOutlinks.Request(searchType: GetOutlinks.SearchType.Url, query: "https://serpstat.com/blog/")
            .WithOrder(GetOutlinks.Order.Ascending)
            .Where(f => !f.LinksExternal.Between(to: 9, from: 3).Or(f.UrlTo.Contains(value: "x")))
        """)]
    public async Task Preview_equals_the_runtime_request(string chain)
    {
        var (diagnostics, build) = await CompileAndAnalyze(chain);
        var sent = (string)build.Invoke(null, null)!;

        var preview = Assert.Single(diagnostics, d => d.Id == "SERP150");
        Assert.Equal("This query, as built in this expression, sends: " + sent, preview.GetMessage());
    }

    /// <summary>Filters the runtime refuses as a whole: ANDed ORs, a long OR chain, Where calls that add up.</summary>
    public static TheoryData<string> RefusedChains { get; } = new()
    {
        Query + ".Where(f => " + AndedOrs(12) + ")",
        Query + ".Where(f => "
        + string.Join(" || ", Enumerable.Range(1, 3000).Select(i => $"f.LinksExternal.Eq({i})")) + ")",
        Query + ".Where(f => " + AndedOrs(6) + ").WithSize(3).Where(f => " + AndedOrs(5) + ")",
    };

    [Theory]
    [MemberData(nameof(RefusedChains))]
    public async Task Refusal_equals_the_runtime_exception_and_nothing_is_previewed(string chain)
    {
        var (diagnostics, build) = await CompileAndAnalyze(chain);
        var thrown = Assert.Throws<TargetInvocationException>(() => build.Invoke(null, null)).InnerException!;

        Assert.Equal("SerpstatFilterException", thrown.GetType().Name);
        var refusal = Assert.Single(diagnostics);
        Assert.Equal("SERP113", refusal.Id);
        Assert.Equal(thrown.Message, refusal.GetMessage());
    }

    private const string Query = """GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)""";

    private static string AndedOrs(int count) =>
        string.Join(
            " && ",
            Enumerable.Range(1, count).Select(i => $"(f.LinksExternal.Eq({i}) || f.Anchor.Eq(\"{i}\"))"));

    /// <summary>
    /// Compiles <paramref name="chain"/> with the generated client: the analyzer's diagnostics, and a method that
    /// builds its body.
    /// </summary>
    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, MethodInfo Build)> CompileAndAnalyze(
        string chain)
    {
        var source = $$"""
            using System;
            using Serpstat.Backlinks;
            using Serpstat.Filtering;

            public static class Program
            {
                public static string Build() => {{chain}}.ToJson(1);
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Agreement" + Guid.NewGuid().ToString("N"),
            GeneratedClient.Sources
                .Select(s => CSharpSyntaxTree.ParseText(s.Source, GeneratedClient.ParseOptions, s.HintName))
                .Append(CSharpSyntaxTree.ParseText(source, GeneratedClient.ParseOptions, "Program.cs")),
            GeneratedClient.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var diagnostics = await compilation
            .WithAnalyzers([new SerpstatQueryAnalyzer(), new SerpstatQueryPreviewAnalyzer()])
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        return (diagnostics, Assembly.Load(image.ToArray()).GetType("Program")!.GetMethod("Build")!);
    }
}
