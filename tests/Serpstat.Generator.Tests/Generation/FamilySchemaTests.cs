using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Serpstat.Generator.Tests.Generation;

/// <summary>
/// The format describes more of the Backlinks family than getOutlinks: methods without searchType, wire names with
/// spaces and capitals, array params, numbers and booleans. Described beside getOutlinks, they generate code that a
/// consumer compiles and calls, with no diagnostic.
/// </summary>
public sealed class FamilySchemaTests
{
    private const string Consumer = @"
using Serpstat.Backlinks;

namespace Consumer
{
    internal static class Usage
    {
        public static byte[] Redirected() =>
            GetRedirectedDomains.Query(""serpstat.com"")
                .WithSort(GetRedirectedDomains.Sort.DomainRank)
                .Where(f => f.DomainRank.Between(10, 90) || !f.Domain.Contains(""spam""))
                .ToUtf8Json(1);

        public static long Rank(byte[] body) =>
            GetRedirectedDomains.Query(""serpstat.com"").ParseResponse(body).GetResultOrThrow().Data[0].DomainRank;

        public static byte[] Intersect() =>
            GetIntersectSummary.Query(""serpstat.com"", new[] { ""a.com"", ""b.com"" }).ToUtf8Json(""x"");

        public static double? Percentage(byte[] body)
        {
            var summary = GetIntersectSummary.Query(""serpstat.com"", new[] { ""a.com"" }).ParseResponse(body)
                .GetResultOrThrow().SummaryInfo;
            return summary.Exact == true ? summary.Percentage : null;
        }
    }
}
";

    [Fact]
    public void Family_methods_generate_beside_getOutlinks_and_compile()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "FamilySchemas");
        var schemas = Directory.GetFiles(directory, "*.serpstat.json")
            .Select(path => (path, File.ReadAllText(path)))
            .Append((GeneratorHarness.RealSchemaPath, GeneratorHarness.RealSchema))
            .ToArray();

        var run = GeneratorHarness.Run(Consumer, schemas: schemas);

        Assert.Equal(string.Empty, string.Join("\n", run.AllDiagnostics));
        Assert.Equal(18, run.Result.GeneratedTrees.Length);
        var redirected = run.Result.GeneratedTrees.Single(t => t.FilePath.EndsWith("GetRedirectedDomains.Wire.g.cs"));
        Assert.Contains("\"Domain Rank\"", redirected.ToString());
    }
}
