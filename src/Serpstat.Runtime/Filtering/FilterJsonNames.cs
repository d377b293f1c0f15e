using System.Text.Json;

namespace Serpstat.Filtering;

/// <summary>The property names of a condition object and the compare types' wire names, encoded once.</summary>
internal static class FilterJsonNames
{
    public static readonly JsonEncodedText Field = JsonEncodedText.Encode("field");

    public static readonly JsonEncodedText CompareType = JsonEncodedText.Encode("compareType");

    public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");

    public static readonly JsonEncodedText AdditionalFilters = JsonEncodedText.Encode(FilterCondition.QuickFilterName);

    private static readonly JsonEncodedText[] CompareTypes = EncodeCompareTypes();

    public static JsonEncodedText CompareTypeName(Filtering.CompareType compareType) => CompareTypes[(int)compareType];

    private static JsonEncodedText[] EncodeCompareTypes()
    {
        var names = new JsonEncodedText[(int)Filtering.CompareType.EndsWith + 1];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = JsonEncodedText.Encode(CompareTypeNames.ToWire((Filtering.CompareType)i));
        }

        return names;
    }
}
