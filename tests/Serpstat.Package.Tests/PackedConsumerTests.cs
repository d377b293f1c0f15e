using System;
using System.IO;
using System.Linq;
using Serpstat.Package.Tests.Support;
using Xunit;

namespace Serpstat.Package.Tests;

/// <summary>
/// A fresh project that references the packed package from a folder feed gets the generator, its analyzers and the
/// runtime with no other setup, and follows edits of its schema file from one build to the next.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackedConsumerTests
{
    private const string SchemaFile = "SerpstatBacklinksProcedure.getOutlinks.serpstat.json";

    private const string DateCompareTypes = "\"compareTypes\": [\"gt\", \"lt\", \"gte\", \"lte\", \"eq\", \"neq\"]";

    private const string TextCompareTypes =
        "\"compareTypes\": [\"eq\", \"neq\", \"contains\", \"notContains\", \"startsWith\", \"endsWith\"]";

    private readonly PackedPackage package;

    public PackedConsumerTests(PackedPackage package)
    {
        this.package = package;
    }

    [Fact]
    public void Consumer_builds_and_runs_then_follows_compare_types_added_to_and_removed_from_its_schema()
    {
        var consumer = package.NewConsumer("App");
        consumer.WriteProject("""
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            """);
        consumer.CopyRealSchema(".");
        consumer.Write("Program.cs", Program(extraCondition: ""));

        var first = consumer.Build().AssertSucceeded("first build");
        Assert.Empty(ConsumerProject.Diagnostics(first));
        Assert.Equal(Output(extraCondition: ""), consumer.Run("net10.0"));

        // Allow `between` on the date field: the new call compiles on the next build.
        var schema = consumer.Read(SchemaFile);
        Assert.Single(Occurrences(schema, DateCompareTypes));
        var withBetween = DateCompareTypes.Replace("\"neq\"]", "\"neq\", \"between\"]");
        consumer.Write(SchemaFile, schema.Replace(DateCompareTypes, withBetween));
        consumer.Write(
            "Program.cs",
            Program(" && f.Check.Between(new System.DateTime(2030, 1, 1), new System.DateTime(2030, 2, 1))"));

        var second = consumer.Build().AssertSucceeded("build after allowing between");
        Assert.Empty(ConsumerProject.Diagnostics(second));
        Assert.Equal(
            Output(",{\"field\":\"check\",\"compareType\":\"between\",\"value\":[\"01.01.2030\",\"01.02.2030\"]}"),
            consumer.Run("net10.0"));

        // Take `endsWith` away from url_from: the call that uses it no longer compiles, at its own line. (The program
        // has no `using System`, which would bring MemoryExtensions.EndsWith into play and turn CS1061 into CS1929.)
        schema = consumer.Read(SchemaFile);
        var urlFrom = schema.IndexOf("\"wire\": \"url_from\"", StringComparison.Ordinal);
        var compareTypes = schema.IndexOf(TextCompareTypes, urlFrom, StringComparison.Ordinal);
        Assert.True(urlFrom >= 0 && compareTypes >= 0, "the schema's url_from field is not where the test expects");
        consumer.Write(
            SchemaFile,
            schema.Remove(compareTypes, TextCompareTypes.Length)
                .Insert(compareTypes, TextCompareTypes.Replace(", \"endsWith\"]", "]")));

        var third = consumer.Build();
        Assert.NotEqual(0, third.ExitCode);
        var endsWithLine = LineOf(consumer.Read("Program.cs"), "EndsWith(");
        var errors = ConsumerProject.Diagnostics(third).Where(d => d.Contains(": error ")).ToArray();
        Assert.Contains($"Program.cs({endsWithLine}): error CS1061", errors);
        Assert.Contains($"Program.cs({endsWithLine}): error SERP101", errors);
        Assert.All(errors, e => Assert.StartsWith($"Program.cs({endsWithLine}): error ", e));
    }

    private static string Program(string extraCondition) => $$"""
        using Serpstat.Backlinks;

        namespace Consumer;

        internal static class Program
        {
            private static void Main()
            {
                var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                    .WithSize(10)
                    .Where(f => f.LinksExternal.Gt(5)
                                && f.UrlFrom.EndsWith(".html"){{extraCondition}});
                global::System.Console.WriteLine(query.ToJson(id: 1));
            }
        }
        """;

    /// <summary>What <see cref="Program"/> prints: the request, with the extra condition in its AND group.</summary>
    private static string Output(string extraCondition) =>
        "{\"id\":1,\"method\":\"SerpstatBacklinksProcedure.getOutlinks\",\"params\":{\"query\":\"serpstat.com\","
        + "\"searchType\":\"domain\",\"size\":10,\"complexFilter\":[[{\"field\":\"links_external\","
        + "\"compareType\":\"gt\",\"value\":[\"5\"]},{\"field\":\"url_from\",\"compareType\":\"endsWith\","
        + "\"value\":[\".html\"]}" + extraCondition + "]]}}" + Environment.NewLine;

    private static int LineOf(string text, string fragment) =>
        text.Split('\n').Select((line, index) => (line, index)).Single(l => l.line.Contains(fragment)).index + 1;

    private static string[] Occurrences(string text, string fragment) =>
        text.Split('\n').Where(line => line.Contains(fragment)).ToArray();
}
