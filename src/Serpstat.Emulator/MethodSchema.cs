using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Serpstat.Filtering;

namespace Serpstat.Emulator;

/// <summary>
/// What the emulator takes from a method's schema file: filter fields, sort values, defaults and limits.
/// </summary>
/// <param name="Method">The wire method name.</param>
/// <param name="Fields">The filter fields by wire name.</param>
/// <param name="SortValues">The sort values.</param>
/// <param name="DefaultSort">The sort applied when the request names none.</param>
/// <param name="DefaultOrder">The order applied when the request names none.</param>
/// <param name="MaxSize">The largest page size.</param>
/// <param name="MaxRows">The most rows one query returns over all pages.</param>
/// <param name="ResponseFields">For each filter field, the response data field that holds its value in rows.</param>
/// <param name="ResponseValues">
/// For filter fields whose values the response spells differently, the response spelling to the filter's.
/// </param>
public sealed record MethodSchema(
    string Method,
    IReadOnlyDictionary<string, FilterFieldInfo> Fields,
    IReadOnlyList<string> SortValues,
    string DefaultSort,
    string DefaultOrder,
    int MaxSize,
    long MaxRows,
    IReadOnlyDictionary<string, string> ResponseFields,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ResponseValues)
{
    /// <summary>The getOutlinks schema shipped inside the emulator.</summary>
    public static MethodSchema GetOutlinks { get; } = Load(typeof(MethodSchema).Assembly
        .GetManifestResourceStream("Serpstat.Emulator.getOutlinks.serpstat.json")!);

    /// <summary>Reads a schema file.</summary>
    public static MethodSchema Load(Stream schema)
    {
        using var document = JsonDocument.Parse(schema);
        var root = document.RootElement;
        var parameters = root.GetProperty("params").EnumerateArray()
            .ToDictionary(p => p.GetProperty("wire").GetString()!);
        var sort = parameters["sort"];
        var fieldsJson = root.GetProperty("filter").GetProperty("fields").EnumerateArray().ToList();
        var fields = fieldsJson.Select(ReadField);
        return new MethodSchema(
            root.GetProperty("method").GetString()!,
            fields.ToDictionary(f => f.WireName, StringComparer.Ordinal),
            sort.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("wire").GetString()!).ToArray(),
            sort.GetProperty("default").GetString()!,
            parameters["order"].GetProperty("default").GetString()!,
            parameters["size"].GetProperty("maximum").GetInt32(),
            root.GetProperty("maxRows").GetInt64(),
            fieldsJson.Where(f => f.TryGetProperty("responseField", out _)).ToDictionary(
                f => f.GetProperty("wire").GetString()!,
                f => f.GetProperty("responseField").GetString()!,
                StringComparer.Ordinal),
            fieldsJson.ToDictionary(
                f => f.GetProperty("wire").GetString()!,
                ReadResponseValues,
                StringComparer.Ordinal));
    }

    /// <summary>A row's text for <paramref name="field"/>, in the filter's vocabulary.</summary>
    public string ToFilterVocabulary(string field, string responseText) =>
        ResponseValues.TryGetValue(field, out var values) && values.TryGetValue(responseText, out var filterText)
            ? filterText
            : responseText;

    private static IReadOnlyDictionary<string, string> ReadResponseValues(JsonElement field) =>
        !field.TryGetProperty("values", out var values)
            ? new Dictionary<string, string>()
            : values.EnumerateArray()
                .Where(v => v.TryGetProperty("responseValue", out _))
                .ToDictionary(
                    v => v.GetProperty("responseValue").GetString()!,
                    v => v.GetProperty("wire").GetString()!,
                    StringComparer.OrdinalIgnoreCase);

    private static FilterFieldInfo ReadField(JsonElement field)
    {
        var kind = Enum.Parse<FilterValueKind>(field.GetProperty("kind").GetString()!, ignoreCase: true);
        var allowed = CompareTypes.None;
        foreach (var name in field.GetProperty("compareTypes").EnumerateArray())
        {
            CompareTypeNames.TryParse(name.GetString(), out var compareType);
            allowed |= (CompareTypes)(1 << (int)compareType);
        }

        var values = field.TryGetProperty("values", out var listed)
            ? listed.EnumerateArray().Select(v => v.GetProperty("wire").GetString()!).ToArray()
            : null;
        var dateFormat = field.TryGetProperty("dateFormat", out var format) ? format.GetString() : null;
        return new FilterFieldInfo(field.GetProperty("wire").GetString()!, kind, allowed, dateFormat, values);
    }
}
