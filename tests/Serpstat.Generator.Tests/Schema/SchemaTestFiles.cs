using System;
using System.IO;
using System.Linq;
using System.Threading;
using Serpstat.Generator.Schema;

namespace Serpstat.Generator.Tests.Schema;

/// <summary>Finds the schema files copied beside the tests and reads them the way the generator does.</summary>
internal static class SchemaTestFiles
{
    public const string GetOutlinks = "SerpstatBacklinksProcedure.getOutlinks.serpstat.json";

    public static string SchemaPath(string fileName) => Path.Combine(AppContext.BaseDirectory, "schema", fileName);

    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "SchemaCorpus");

    public static SchemaFileResult Read(string path) =>
        SchemaReader.Read(path, File.ReadAllText(path), CancellationToken.None);

    /// <summary>Each diagnostic as "SERPnnn line:column", one-based, as an IDE shows it.</summary>
    public static string[] Describe(SchemaFileResult result) =>
        result.Diagnostics
            .Select(d => d.Id + " " + (d.Span!.StartLine + 1) + ":" + (d.Span.StartColumn + 1))
            .ToArray();
}
