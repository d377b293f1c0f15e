using System.Text.Json;

namespace Serpstat.Filtering;

/// <summary>The property names of a condition object, encoded once.</summary>
internal static class FilterJsonNames
{
    public static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");

    public static readonly JsonEncodedText CompareType = JsonEncodedText.Encode("compareType");

    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

    public static readonly JsonEncodedText AdditionalFilters = JsonEncodedText.Encode(FilterCondition.QuickFilterName);
}
