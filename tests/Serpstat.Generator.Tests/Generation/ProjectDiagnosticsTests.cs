using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
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
            + "named <Procedure>.<method>.serpstat.json (such as SerpstatBacklinksProcedure.getOutlinks.serpstat.json) "
            + "to the project as an AdditionalFiles or None item",
            diagnostic.GetMessage());
        Assert.Empty(run.Result.GeneratedTrees);
    }

    [Fact]
    public void Same_method_in_two_files_is_generated_once_and_reported_on_the_second()
    {
        var schema = GeneratorHarness.RealSchema;
        var run = GeneratorHarness.Run(
            "namespace Consumer { internal static class Empty { } }",
            schemas: new[]
            {
                ("/project/a/getOutlinks.serpstat.json", schema),
                ("/project/b/copy.serpstat.json", schema),
            });

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

    [Theory]
    [InlineData("false", 0)]
    [InlineData("true", 1)]
    public void Missing_schema_is_reported_only_where_the_package_targets_ask_for_it(string value, int expected)
    {
        var options = new BuildProperties(new Dictionary<string, string>
        {
            ["build_property.SerpstatReportMissingSchema"] = value,
        });
        var compilation = CSharpCompilation.Create("Consumer", references: GeneratorHarness.References);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new SerpstatGenerator().AsSourceGenerator() },
            optionsProvider: options);

        var diagnostics = driver.RunGenerators(compilation).GetRunResult().Diagnostics;

        Assert.Equal(expected, diagnostics.Count(d => d.Id == "SERP011"));
    }

    /// <summary>The MSBuild properties the package's targets make visible to the compiler.</summary>
    private sealed class BuildProperties : AnalyzerConfigOptionsProvider
    {
        public BuildProperties(IReadOnlyDictionary<string, string> values) => GlobalOptions = new Options(values);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) =>
            new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(new Dictionary<string, string>());

        private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
