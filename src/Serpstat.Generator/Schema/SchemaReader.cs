using System;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Threading;
using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Json;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>
/// Reads one <c>*.serpstat.json</c> file into a <see cref="MethodModel"/>. Reports every problem it can find in one
/// pass, and still returns a model when only optional parts were wrong.
/// </summary>
internal static class SchemaReader
{
    public const int FormatVersion = 1;

    private static readonly string[] Members =
    {
        "$schema", "formatVersion", "method", "name", "namespace", "description", "creditsPerRow", "maxRows",
        "params", "filter", "response",
    };

    private static readonly Regex MethodShape = new(
        @"^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$",
        RegexOptions.CultureInvariant);

    public static SchemaFileResult Read(string path, string text, CancellationToken cancellationToken)
    {
        var context = new SchemaContext(path, cancellationToken);
        try
        {
            var method = ReadFile(context, text, out var methodSpan);
            return new SchemaFileResult(method, context.Diagnostics()) { MethodSpan = methodSpan };
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var start = new SourceSpanInfo(0, 0, 0, 0, 0, 0);
            var info = new DiagnosticInfo(
                DiagnosticDescriptors.InternalError.Id,
                path,
                start,
                new EquatableArray<string>(new[] { exception.GetType().Name, exception.Message }));
            return new SchemaFileResult(null, new EquatableArray<DiagnosticInfo>(new[] { info }));
        }
    }

    private static MethodModel? ReadFile(SchemaContext context, string text, out SourceSpanInfo? methodSpan)
    {
        methodSpan = null;
        var parsed = JsonParser.Parse(text, context.CancellationToken);
        if (parsed.Error is { } error)
        {
            context.Report(DiagnosticDescriptors.InvalidJson, error.Span, error.Message);
            return null;
        }

        if (parsed.Root is not JsonObject json)
        {
            var root = parsed.Root!;
            context.Report(
                DiagnosticDescriptors.WrongJsonType,
                root.Span,
                "The top-level value of a schema file",
                "an object",
                JsonText.Describe(root));
            return null;
        }

        var file = new ObjectReader(context, json, path: string.Empty, Members);
        file.String("$schema");
        var versionFits = ReadFormatVersion(file);
        var method = ReadMethod(file);
        methodSpan = method is null ? null : file.SpanOf("method");

        var name = file.Identifier("name", required: true);
        var nameClaimed = name is not null && context.TypeNames.Claim(name, file.SpanOf("name"), "name");
        var @namespace = ReadNamespace(file);
        var description = file.String("description");
        var creditsPerRow = ReadCount(file, "creditsPerRow", minimum: 0, maximum: int.MaxValue);
        var maxRows = ReadCount(file, "maxRows", minimum: 1, maximum: long.MaxValue);

        // The response comes before params and filter: its row type name outranks the enum names they claim.
        var responseJson = file.Object("response", required: true);
        var response = responseJson is null ? null : ResponseReader.Read(context, responseJson);

        var paramsJson = file.Array("params", required: true);
        EquatableArray<ParamModel>? parameters = paramsJson is null ? null : ParamReader.ReadAll(file, paramsJson);

        var filterJson = file.Object("filter");
        var filter = filterJson is null ? null : FilterReader.Read(context, filterJson, response?.Data);

        var usable = versionFits && method is not null && nameClaimed && @namespace is not null;
        if (!usable || parameters is null || response is null)
        {
            return null;
        }

        return new MethodModel(
            context.FilePath,
            method!,
            name!,
            @namespace!,
            description,
            (int?)creditsPerRow,
            maxRows,
            parameters.Value,
            filter,
            response);
    }

    private static bool ReadFormatVersion(ObjectReader file)
    {
        var version = file.Node("formatVersion");
        if (version is null)
        {
            file.ReportMissing("formatVersion", " (write \"formatVersion\": 1)");
            return false;
        }

        if (version is not JsonNumber number)
        {
            file.ReportWrongType("formatVersion", version, "an integer");
            return false;
        }

        if (number.TryGetInt64(out var value) && value == FormatVersion)
        {
            return true;
        }

        file.Context.Report(DiagnosticDescriptors.UnsupportedFormatVersion, number.Span, number.Text);
        return false;
    }

    private static string? ReadMethod(ObjectReader file)
    {
        var method = file.String("method", required: true);
        if (method is null || MethodShape.IsMatch(method))
        {
            return method;
        }

        file.ReportInvalid(
            "method",
            "'" + method + "'",
            "write it as Procedure.method, such as SerpstatBacklinksProcedure.getOutlinks");
        return null;
    }

    private static string? ReadNamespace(ObjectReader file)
    {
        var @namespace = file.String("namespace", required: true);
        var problem = @namespace is null ? null : CSharpNames.NamespaceProblem(@namespace);
        if (problem is null)
        {
            return @namespace;
        }

        file.Context.Report(
            DiagnosticDescriptors.InvalidIdentifier,
            file.SpanOf("namespace"),
            @namespace!,
            "namespace",
            "namespace",
            problem);
        return null;
    }

    private static long? ReadCount(ObjectReader file, string member, long minimum, long maximum)
    {
        var value = file.Integer(member);
        if (value is null || (value >= minimum && value <= maximum))
        {
            return value;
        }

        file.ReportInvalid(
            member,
            value.Value.ToString(CultureInfo.InvariantCulture),
            "it must be from " + minimum.ToString(CultureInfo.InvariantCulture) + " to "
                + maximum.ToString(CultureInfo.InvariantCulture));
        return null;
    }
}
