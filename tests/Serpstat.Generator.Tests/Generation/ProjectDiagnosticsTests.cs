using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Serpstat.Generator.Tests.Generation;

/// <summary>Diagnostics about the project's schema files as a whole rather than one file.</summary>
public sealed class ProjectDiagnosticsTests
{
    [Fact]
    public void Project_without_a_schema_file_gets_one_warning_that_says_how_to_add_one()
    {
        var run = GeneratorHarness.Run(
            "namespace Consumer { internal static class Empty { } }",
            schemas: new[] { ("/project/stylecop.json", "{ \"settings\": {} }") });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SERP011", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal(
            "The project references Serpstat.Generator but has no schema file, so no client is generated; add a file "
            + "named <method>.serpstat.json to the project as an AdditionalFiles or None item",
            diagnostic.GetMessage());
        Assert.Empty(run.Result.GeneratedTrees);
    }

    [Fact]
    public void Same_method_in_two_files_is_generated_once_and_reported_on_the_second()
    {
        var schema = GeneratorHarness.RealSchema;
        var run = GeneratorHarness.Run(
            "namespace Consumer { internal static class Empty { } }",
            schemas: new[] { ("/project/a/getOutlinks.serpstat.json", schema), ("/project/b/copy.serpstat.json", schema) });

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("SERP012", diagnostic.Id);
        Assert.Equal("/project/b/copy.serpstat.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            "The API method 'SerpstatBacklinksProcedure.getOutlinks' is also described in "
            + "'/project/a/getOutlinks.serpstat.json'; keep one schema file per method",
            diagnostic.GetMessage());
        Assert.Equal(5, run.Result.GeneratedTrees.Length);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
