using System.Text.Json;

namespace Serpstat.Filtering;

/// <summary>Writes a condition as one item of a <c>complexFilter</c> group.</summary>
public sealed partial class FilterCondition
{
    internal void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (IsQuickFilter)
        {
            writer.WriteString(FilterJsonNames.AdditionalFilters, Field.EncodedWireName);
            writer.WriteEndObject();
            return;
        }

        writer.WriteString(FilterJsonNames.Field, Field.EncodedWireName);
        writer.WriteString(FilterJsonNames.CompareType, FilterJsonNames.CompareTypeName(CompareType));
        writer.WriteStartArray(FilterJsonNames.Value);
        for (var i = 0; i < ValueCount; i++)
        {
            writer.WriteStringValue(ValueAt(i));
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
