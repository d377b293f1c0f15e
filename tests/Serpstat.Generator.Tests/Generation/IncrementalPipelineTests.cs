using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace Serpstat.Generator.Tests.Generation;

/// <summary>
/// What each named pipeline step does on the next run after an edit: nothing at all after edits that cannot change
/// the output, and only the edited file's work after a schema edit.
/// </summary>
public sealed class IncrementalPipelineTests
{
    private const string FirstPath = "/project/SerpstatBacklinksProcedure.getOutlinks.serpstat.json";
    private const string SecondPath = "/project/SerpstatBacklinksProcedure.getOutlinksCopy.serpstat.json";

    private static readonly string[] AllSteps =
    {
        TrackingNames.SchemaText, TrackingNames.SchemaResult, TrackingNames.Diagnostics,
        TrackingNames.MethodIdentities, TrackingNames.SchemaCount, TrackingNames.RuntimeReferenced,
        TrackingNames.EmitOptions, TrackingNames.MethodToEmit,
    };

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private readonly AdditionalText first =
        new GeneratorHarness.InMemoryAdditionalText(FirstPath, GeneratorHarness.RealSchema);

    private readonly AdditionalText second = new GeneratorHarness.InMemoryAdditionalText(SecondPath, SecondSchema);

    private static string SecondSchema => GeneratorHarness.RealSchema
        .Replace("\"SerpstatBacklinksProcedure.getOutlinks\"", "\"SerpstatBacklinksProcedure.getOutlinksCopy\"")
        .Replace("\"name\": \"GetOutlinks\"", "\"name\": \"GetOutlinksCopy\"");

    [Fact]
    public void First_run_makes_every_step_new()
    {
        var (driver, _) = Start();

        var run = driver.GetRunResult().Results.Single();

        Assert.Equal(10, run.GeneratedSources.Length);
        Assert.All(AllSteps, step => Assert.All(Reasons(run, step), r => Assert.Equal(New, r)));
    }

    [Fact]
    public void Unrelated_source_edit_reuses_every_step_and_emits_nothing_again()
    {
        var (driver, compilation) = Start();
        var edited = compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Other { } }", ParseOptions));

        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertSteps(run, AfterCodeEdit);
        AssertNoSourceEmittedAgain(run);
    }

    [Fact]
    public void Comment_edit_reuses_every_step_and_emits_nothing_again()
    {
        var (driver, compilation) = Start();
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(
            tree,
            tree.WithChangedText(tree.GetText().Replace(0, 0, "// a comment that changes nothing\n")));

        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertSteps(run, AfterCodeEdit);
        AssertNoSourceEmittedAgain(run);
    }

    [Fact]
    public void Schema_replaced_with_identical_text_is_read_again_and_nothing_after_that()
    {
        var (driver, compilation) = Start();
        var same = new GeneratorHarness.InMemoryAdditionalText(FirstPath, GeneratorHarness.RealSchema);

        var run = driver.ReplaceAdditionalText(first, same).RunGenerators(compilation).GetRunResult().Results.Single();

        AssertSteps(run, new()
        {
            [TrackingNames.SchemaText] = "Unchanged Cached",
            [TrackingNames.SchemaResult] = "Cached Cached",
            [TrackingNames.Diagnostics] = "Cached Cached",
            [TrackingNames.MethodIdentities] = "Cached",
            [TrackingNames.SchemaCount] = "Cached",
            [TrackingNames.RuntimeReferenced] = "Cached",
            [TrackingNames.EmitOptions] = "Cached",
            [TrackingNames.MethodToEmit] = "Cached Cached",
        });
        AssertNoSourceEmittedAgain(run);
    }

    [Fact]
    public void Editing_one_of_two_schemas_regenerates_only_that_files_outputs()
    {
        var (driver, compilation) = Start();
        var before = Sources(driver.GetRunResult().Results.Single());

        // Allow `between` on the second file's date field.
        var edited = SecondSchema.Replace(
            "\"compareTypes\": [\"gt\", \"lt\", \"gte\", \"lte\", \"eq\", \"neq\"]",
            "\"compareTypes\": [\"gt\", \"lt\", \"gte\", \"lte\", \"eq\", \"neq\", \"between\"]");
        Assert.NotEqual(SecondSchema, edited);
        var editedText = new GeneratorHarness.InMemoryAdditionalText(SecondPath, edited);

        var run = driver.ReplaceAdditionalText(second, editedText)
            .RunGenerators(compilation)
            .GetRunResult()
            .Results.Single();

        AssertSteps(run, new()
        {
            [TrackingNames.SchemaText] = "Cached Modified",
            [TrackingNames.SchemaResult] = "Cached Modified",
            [TrackingNames.Diagnostics] = "Cached Unchanged",
            [TrackingNames.MethodIdentities] = "Cached",

            // Still two files: the count's own step is Unchanged, so the step that pairs it with the build
            // properties is Cached.
            [TrackingNames.SchemaCount] = "Cached",
            [TrackingNames.RuntimeReferenced] = "Cached",
            [TrackingNames.EmitOptions] = "Cached",
            [TrackingNames.MethodToEmit] = "Cached Modified",
        });
        var after = Sources(run);
        Assert.Equal(before.Keys.OrderBy(k => k), after.Keys.OrderBy(k => k));
        var changed = after.Keys.Where(k => before[k] != after[k]).ToArray();
        Assert.Equal(new[] { "Serpstat.Backlinks.GetOutlinksCopy.Filter.g.cs" }, changed);
        Assert.Contains("Between(", after["Serpstat.Backlinks.GetOutlinksCopy.Filter.g.cs"]);
    }

    /// <summary>An edit of the consumer's code: only the runtime lookup runs again, and answers the same.</summary>
    private static Dictionary<string, string> AfterCodeEdit => new()
    {
        [TrackingNames.SchemaText] = "Cached Cached",
        [TrackingNames.SchemaResult] = "Cached Cached",
        [TrackingNames.Diagnostics] = "Cached Cached",
        [TrackingNames.MethodIdentities] = "Cached",
        [TrackingNames.SchemaCount] = "Cached",
        [TrackingNames.RuntimeReferenced] = "Unchanged",
        [TrackingNames.EmitOptions] = "Cached",
        [TrackingNames.MethodToEmit] = "Cached Cached",
    };

    private static void AssertSteps(GeneratorRunResult run, Dictionary<string, string> expected)
    {
        Assert.Equal(AllSteps.OrderBy(s => s), expected.Keys.OrderBy(s => s));
        var actual = AllSteps.ToDictionary(step => step, step => string.Join(" ", Reasons(run, step)));
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }

    private static void AssertNoSourceEmittedAgain(GeneratorRunResult run) =>
        Assert.All(
            run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));

    private static Dictionary<string, string> Sources(GeneratorRunResult run) =>
        run.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult run, string step) =>
        run.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private (GeneratorDriver Driver, Compilation Compilation) Start()
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { static class Usage { } }", ParseOptions) },
            GeneratorHarness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new SerpstatGenerator().AsSourceGenerator() },
            new[] { first, second },
            ParseOptions,
            driverOptions: new GeneratorDriverOptions(
                IncrementalGeneratorOutputKind.None,
                trackIncrementalGeneratorSteps: true));
        return (driver.RunGenerators(compilation), compilation);
    }
}
