using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Serpstat.Filtering;

namespace Serpstat.Emulator;

/// <summary>What the emulator takes from a method's schema file: filter fields, sort values, defaults and limits.</summary>
/// <param name="Method">The wire method name.</param>
/// <param name="Fields">The filter fields by wire name.</param>
/// <param name="SortValues">The sort values.</param>
/// <param name="DefaultSort">The sort applied when the request names none.</param>
/// <param name="DefaultOrder">The order applied when the request names none.</param>
/// <param name="MaxSize">The largest page size.</param>
/// <param name="MaxRows">The most rows one query returns over all pages.</param>
public sealed record MethodSchema(
    string Method,
    IReadOnlyDictionary<string, FilterFieldInfo> Fields,
    IReadOnlyList<string> SortValues,
    string DefaultSort,
    string DefaultOrder,
    int MaxSize,
    long MaxRows)
{
    /// <summary>The getOutlinks schema shipped inside the emulator.</summary>
    public static MethodSchema GetOutlinks { get; } = Load(typeof(MethodSchema).Assembly
        .GetManifestResourceStream("Serpstat.Emulator.getOutlinks.serpstat.json")!);

    /// <summary>Reads a schema file.</summary>
    public static MethodSchema Load(Stream schema)
    {
        using var document = JsonDocument.Parse(schema);
        var root = document.RootElement;
        var parameters = root.GetProperty("params").EnumerateArray().ToDictionary(p => p.GetProperty("wire").GetString()!);
        var sort = parameters["sort"];
        var fields = root.GetProperty("filter").GetProperty("fields").EnumerateArray().Select(ReadField);
        return new MethodSchema(
            root.GetProperty("method").GetString()!,
            fields.ToDictionary(f => f.WireName, StringComparer.Ordinal),
            sort.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("wire").GetString()!).ToArray(),
            sort.GetProperty("default").GetString()!,
            parameters["order"].GetProperty("default").GetString()!,
            parameters["size"].GetProperty("maximum").GetInt32(),
            root.GetProperty("maxRows").GetInt64());
    }

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
