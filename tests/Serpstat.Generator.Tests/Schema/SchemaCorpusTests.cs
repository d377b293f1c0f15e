using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Schema;
using Xunit;

namespace Serpstat.Generator.Tests.Schema;

/// <summary>
/// Runs every file of SchemaCorpus. Each <c>name.ext</c> has a <c>name.expected</c> beside it: a first line
/// <c>model: yes|no</c>, then one <c>SERPnnn line:column</c> (one-based) per diagnostic the file must produce.
/// </summary>
public class SchemaCorpusTests
{
    public static IEnumerable<object[]> CorpusFiles() =>
        Directory.EnumerateFiles(SchemaTestFiles.CorpusFolder)
            .Where(path => Path.GetExtension(path) != ".expected")
            .Select(path => new object[] { Path.GetFileName(path) })
            .OrderBy(row => (string)row[0]);

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Reports_exactly_the_expected_diagnostics(string fileName)
    {
        var path = Path.Combine(SchemaTestFiles.CorpusFolder, fileName);
        var expected = File.ReadAllLines(Path.ChangeExtension(path, ".expected"))
            .Where(line => line.Length > 0)
            .ToArray();

        var result = SchemaTestFiles.Read(path);

        Assert.All(result.Diagnostics, diagnostic => Assert.Equal(path, diagnostic.FilePath));
        Assert.Equal(Sorted(expected.Skip(1)), Sorted(SchemaTestFiles.Describe(result)));
        Assert.Equal(expected[0] == "model: yes", result.Method is not null);
    }

    [Fact]
    public void The_corpus_covers_at_least_thirty_malformed_files()
    {
        Assert.True(CorpusFiles().Count() >= 31);
    }

    [Fact]
    public void A_file_with_only_warnings_still_gives_the_model()
    {
        var result = SchemaTestFiles.Read(Path.Combine(SchemaTestFiles.CorpusFolder, "unknown-member.json"));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, DiagnosticDescriptors.Get(warning.Id).DefaultSeverity);
        Assert.Equal("Query", result.Method!.Params[0].Name);
    }

    [Fact]
    public void Reads_a_five_megabyte_file_quickly()
    {
        var text = HugeSchema(fieldCount: 25_000);
        Assert.True(text.Length > 5_000_000);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = SchemaReader.Read("huge.serpstat.json", text, CancellationToken.None);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(25_000, result.Method!.Response.Data.Fields.Count);
        Assert.True(watch.ElapsedMilliseconds < 5_000, watch.ElapsedMilliseconds + " ms");
    }

    [Fact]
    public void Cancellation_is_not_turned_into_an_internal_error()
    {
        var text = HugeSchema(fieldCount: 10);

        Assert.ThrowsAny<System.OperationCanceledException>(
            () => SchemaReader.Read("a.serpstat.json", text, new CancellationToken(canceled: true)));
    }

    private static IEnumerable<string> Sorted(IEnumerable<string> entries) =>
        entries.OrderBy(entry => entry, System.StringComparer.Ordinal);

    /// <summary>A valid but odd schema: a row with thousands of fields, each with a long description.</summary>
    private static string HugeSchema(int fieldCount)
    {
        var builder = new StringBuilder();
        builder.Append("{\"formatVersion\":1,\"method\":\"P.m\",\"name\":\"M\",\"namespace\":\"N\",\"params\":[],");
        builder.Append("\"response\":{\"data\":{\"shape\":\"object\",\"name\":\"Row\",\"fields\":[");
        var padding = new string('x', 150);
        for (var i = 0; i < fieldCount; i++)
        {
            builder.Append(i == 0 ? "\n" : ",\n")
                .Append("{\"wire\":\"f ").Append(i).Append("\",\"name\":\"F").Append(i)
                .Append("\",\"type\":\"integer\",\"description\":\"\\u00e9").Append(padding).Append("\"}");
        }

        return builder.Append("]}}}").ToString();
    }
}
