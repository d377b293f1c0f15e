using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Model;
using Xunit;

namespace Serpstat.Generator.Tests.Diagnostics;

public class DiagnosticDescriptorsTests
{
    private static readonly string GeneratorFolder = Path.Combine(RepositoryRoot(), "src", "Serpstat.Generator");

    public static TheoryData<string> Ids() => new(DiagnosticDescriptors.All.Select(d => d.Id));

    [Fact]
    public void The_schema_catalog_holds_SERP001_to_SERP012_and_SERP099()
    {
        var expected = Enumerable.Range(1, 12).Select(n => "SERP" + n.ToString("000")).Append("SERP099");

        Assert.Equal(expected, DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_ID_has_a_help_link_to_its_docs_page(string id)
    {
        var descriptor = DiagnosticDescriptors.Get(id);
        var page = Path.Combine(GeneratorFolder, "docs", "diagnostics", id + ".md");

        Assert.Equal("Serpstat.Schema", descriptor.Category);
        Assert.EndsWith("/src/Serpstat.Generator/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);
        Assert.StartsWith("# " + id + ": " + descriptor.Title, File.ReadAllText(page));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_ID_is_recorded_in_the_unshipped_release_with_its_severity(string id)
    {
        var descriptor = DiagnosticDescriptors.Get(id);
        var releases = File.ReadAllLines(Path.Combine(GeneratorFolder, "AnalyzerReleases.Unshipped.md"));

        var row = Assert.Single(releases, line => line.StartsWith(id + " ", StringComparison.Ordinal));
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Split('|')[2].Trim());
    }

    [Fact]
    public void Converts_to_a_diagnostic_at_an_external_file_location()
    {
        var span = new SourceSpanInfo(Start: 40, Length: 5, StartLine: 3, StartColumn: 7, EndLine: 3, EndColumn: 12);
        var info = new DiagnosticInfo(
            "SERP008", "/p/a.serpstat.json", span, new EquatableArray<string>(new[] { "x", "params[0]", "hint" }));

        var diagnostic = info.ToDiagnostic();

        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        var lines = diagnostic.Location.GetLineSpan();
        Assert.Equal("/p/a.serpstat.json", lines.Path);
        Assert.Equal((3, 7, 3, 12), (lines.StartLinePosition.Line, lines.StartLinePosition.Character,
            lines.EndLinePosition.Line, lines.EndLinePosition.Character));
        Assert.Equal(40, diagnostic.Location.SourceSpan.Start);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("Unknown member 'x' in params[0] is ignored; hint", diagnostic.GetMessage());
    }

    [Fact]
    public void A_project_wide_diagnostic_has_no_location()
    {
        var info = new DiagnosticInfo("SERP011", null, null, EquatableArray<string>.Empty);

        Assert.Equal(Location.None, info.ToDiagnostic().Location);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Directory.Build.props")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("No Directory.Build.props above the tests");
        }

        return folder.FullName;
    }
}
