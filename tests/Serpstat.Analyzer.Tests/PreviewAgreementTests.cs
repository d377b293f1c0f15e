using System;
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
/// client, run, and its <c>ToJson(1)</c> compared with the preview the analyzer shows for the same code.
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
            GeneratedClient.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, GeneratedClient.ParseOptions, s.HintName))
                .Append(CSharpSyntaxTree.ParseText(source, GeneratedClient.ParseOptions, "Program.cs")),
            GeneratedClient.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var previews = (await compilation
                .WithAnalyzers([new SerpstatQueryAnalyzer()])
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None))
            .Where(d => d.Id == "SERP150")
            .Select(d => d.GetMessage())
            .ToList();

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
        var build = Assembly.Load(image.ToArray()).GetType("Program")!.GetMethod("Build")!;
        var sent = (string)build.Invoke(null, null)!;

        var preview = Assert.Single(previews);
        Assert.Equal("This query, as built in this expression, sends: " + sent, preview);
    }
}
