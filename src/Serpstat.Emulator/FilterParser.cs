using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Serpstat.Filtering;

namespace Serpstat.Emulator;

/// <summary>Reads a request's <c>complexFilter</c> and rejects what the API rejects, with the API's messages.</summary>
internal static class FilterParser
{
    public static ComplexFilter? Parse(JsonElement complexFilter, MethodSchema schema)
    {
        if (complexFilter.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (complexFilter.ValueKind != JsonValueKind.Array)
        {
            throw ApiError.Invalid(ApiError.BadParams);
        }

        var groups = new List<List<FilterCondition>>();
        foreach (var group in complexFilter.EnumerateArray())
        {
            if (group.ValueKind != JsonValueKind.Array)
            {
                throw ApiError.Invalid(ApiError.BadParams);
            }

            var conditions = group.EnumerateArray().Select(item => ParseCondition(item, schema)).ToList();
            if (conditions.Count > 0)
            {
                groups.Add(conditions);
            }
        }

        return groups.Count == 0 ? null : ComplexFilter.Of(groups);
    }

    private static FilterCondition ParseCondition(JsonElement item, MethodSchema schema)
    {
        // getOutlinks takes no quick filters (additional_filters): anything but a plain condition is refused.
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("field", out var fieldElement)
            || fieldElement.ValueKind != JsonValueKind.String)
        {
            throw ApiError.Invalid(ApiError.BadParams);
        }

        var fieldName = fieldElement.GetString()!;
        if (!schema.Fields.TryGetValue(fieldName, out var field))
        {
            throw ApiError.Invalid("Not allowed field: " + fieldName);
        }

        if (!item.TryGetProperty("compareType", out var compareElement)
            || compareElement.ValueKind == JsonValueKind.Null)
        {
            throw ApiError.Invalid("Field compareType is required");
        }

        var method = compareElement.ValueKind == JsonValueKind.String
            ? compareElement.GetString()!
            : compareElement.GetRawText();
        if (!CompareTypeNames.TryParse(method, out var compareType) || !field.Allows(compareType))
        {
            throw ApiError.Invalid($"Not allowed method {method} for field {fieldName}");
        }

        var values = ReadValues(item);
        if (compareType == CompareType.Between && values.Length != 2)
        {
            throw ApiError.Invalid("Not allowed values for between method");
        }

        if (field.Kind == FilterValueKind.Date && values.Any(v => !FilterDates.TryParse(v, field.DateFormat!, out _)))
        {
            throw ApiError.Invalid("Invalid crawl date");
        }

        try
        {
            return FilterCondition.Create(field, compareType, values);
        }
        catch (SerpstatFilterException)
        {
            throw ApiError.Invalid(ApiError.BadParams);
        }
    }

    private static string[] ReadValues(JsonElement item)
    {
        if (!item.TryGetProperty("value", out var value)
            || value.ValueKind != JsonValueKind.Array
            || value.GetArrayLength() == 0)
        {
            throw ApiError.Invalid("Field value is required");
        }

        // Items are integers or strings: [1, 500] and ["1", "500"] mean the same.
        return value.EnumerateArray().Select(v => v.ValueKind switch
        {
            JsonValueKind.String => v.GetString()!,
            JsonValueKind.Number => v.GetRawText(),
            _ => throw ApiError.Invalid(ApiError.BadParams),
        }).ToArray();
    }
}
