using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Emit;
using Serpstat.Generator.Model;
using Serpstat.Generator.Schema;

namespace Serpstat.Generator;

/// <summary>
/// Generates a typed client for every API method described by a <c>*.serpstat.json</c> additional file: request,
/// filter DSL, response types and their JSON code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SerpstatGenerator : IIncrementalGenerator
{
    /// <summary>The file name ending that opts a JSON file in as a schema; other JSON files are never read.</summary>
    public const string SchemaSuffix = ".serpstat.json";

    private const string RuntimeMarker = "Serpstat.Protocol.SerpstatRequest`1";

    private const string ReportMissingSchemaProperty = "build_property.SerpstatReportMissingSchema";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Read each opted-in file on its own, so that editing one schema re-reads only that one.
        var results = context.AdditionalTextsProvider
            .Where(static file => IsSchema(file.Path))
            .Select(static (file, token) => new SchemaText(file.Path, file.GetText(token)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.SchemaText)
            .Select(static (schema, token) => SchemaReader.Read(schema.Path, schema.Text, token))
            .WithTrackingName(TrackingNames.SchemaResult);

        // Diagnostics travel apart from the models, so a moved token re-reports without re-emitting code.
        var diagnostics = results
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (output, found) => Report(output, found));

        // Cross-file checks need every file's identity, but only the identities: a change inside one schema that
        // keeps its method and class names leaves this step, and every other file's output, cached.
        var identities = results
            .Select(static (result, _) => Identify(result))
            .Collect()
            .Select(static (all, _) =>
                new EquatableArray<MethodIdentity>(all.Where(i => i is not null).Select(i => i!)))
            .WithTrackingName(TrackingNames.MethodIdentities);
        context.RegisterSourceOutput(identities, static (output, all) => ReportProject(output, all));

        var schemaCount = results
            .Collect()
            .Select(static (all, _) => all.Length)
            .Combine(context.AnalyzerConfigOptionsProvider.Select(static (options, _) => ReportsMissingSchema(options)))
            .WithTrackingName(TrackingNames.SchemaCount);
        context.RegisterSourceOutput(
            schemaCount,
            static (output, pair) => ReportMissingSchema(output, pair.Left, pair.Right));

        // The only step that runs on every edit of the consumer's code: one symbol lookup whose answer, a bool, is
        // Unchanged, so every step after it stays cached.
        var runtimeReferenced = context.CompilationProvider
            .Select(static (c, _) => c.GetTypeByMetadataName(RuntimeMarker) is not null)
            .WithTrackingName(TrackingNames.RuntimeReferenced);
        var options = context.ParseOptionsProvider
            .Select(static (parse, _) => ((CSharpParseOptions)parse).LanguageVersion >= LanguageVersion.CSharp8)
            .Combine(runtimeReferenced)
            .Select(static (pair, _) => new EmitOptions(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.EmitOptions);

        var methods = results
            .Select(static (result, _) => result.Method)
            .Combine(identities)
            .Select(static (pair, _) => pair.Left is { } method && IsFirstOwner(method, pair.Right) ? method : null)
            .Combine(options)
            .WithTrackingName(TrackingNames.MethodToEmit);
        context.RegisterSourceOutput(methods, static (output, pair) => Emit(output, pair.Left, pair.Right));
    }

    internal static bool IsSchema(string path) => path.EndsWith(SchemaSuffix, StringComparison.OrdinalIgnoreCase);

    private static MethodIdentity? Identify(SchemaFileResult result) =>
        result.Method is { } method
            ? new MethodIdentity(
                method.SchemaPath,
                method.Method,
                method.Namespace + "." + method.Name,
                result.MethodSpan)
            : null;

    /// <summary>Of several files that describe one method or one class, the first by path generates it.</summary>
    private static bool IsFirstOwner(MethodModel method, EquatableArray<MethodIdentity> all)
    {
        var className = method.Namespace + "." + method.Name;
        return !all.Any(other => string.CompareOrdinal(other.Path, method.SchemaPath) < 0
                                 && (other.Method == method.Method || other.ClassName == className));
    }

    private static void Emit(SourceProductionContext output, MethodModel? method, EmitOptions options)
    {
        if (method is null || !options.HasRuntime)
        {
            return;
        }

        foreach (var (hintName, source) in MethodEmitter.Emit(method, options.Annotate))
        {
            output.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> found)
    {
        foreach (var info in found)
        {
            output.ReportDiagnostic(info.ToDiagnostic());
        }
    }

    /// <summary>
    /// False when the package's targets say the project did not reference the package itself, so that a project using
    /// a referenced library's client is not told to add a schema.
    /// </summary>
    private static bool ReportsMissingSchema(AnalyzerConfigOptionsProvider options) =>
        !(options.GlobalOptions.TryGetValue(ReportMissingSchemaProperty, out var value)
          && string.Equals(value, "false", StringComparison.OrdinalIgnoreCase));

    private static void ReportMissingSchema(SourceProductionContext output, int count, bool report)
    {
        if (count == 0 && report)
        {
            output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoSchemaFile, Location.None));
        }
    }

    private static void ReportProject(SourceProductionContext output, EquatableArray<MethodIdentity> all)
    {
        var ordered = all.OrderBy(i => i.Path, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var first = ordered.Take(i).FirstOrDefault(o => o.Method == ordered[i].Method
                                                            || o.ClassName == ordered[i].ClassName);
            if (first is null)
            {
                continue;
            }

            var info = new DiagnosticInfo(
                DiagnosticDescriptors.DuplicateMethod.Id,
                ordered[i].Path,
                ordered[i].Span,
                new EquatableArray<string>(new[] { ordered[i].Method, first.Path }));
            output.ReportDiagnostic(info.ToDiagnostic());
        }
    }
}
