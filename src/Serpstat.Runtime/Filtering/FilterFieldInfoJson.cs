using System.Text;
using System.Text.Json;

namespace Serpstat.Filtering;

/// <summary>The field's JSON, encoded once, so that writing a condition does not transcode its names again.</summary>
public sealed partial class FilterFieldInfo
{
    // One per compare type, made when first written; a race only makes the same bytes twice.
    private byte[]?[]? conditionOpenings;

    internal JsonEncodedText EncodedWireName { get; private set; }

    // Escaping under the default encoder, the strictest the compact writer serves, means the writers may differ.
    private bool NameIsPlain { get; set; }

    partial void OnCreated()
    {
        EncodedWireName = JsonEncodedText.Encode(WireName);
        NameIsPlain = EncodedWireName.Value == WireName;
    }

    /// <summary>
    /// The UTF-8 of a condition on this field up to its first value, <c>{"field":"url_from","compareType":"eq",
    /// "value":[</c>; for a quick filter, its whole object. Null when the name needs escaping: the bytes would then
    /// depend on the writer's encoder.
    /// </summary>
    internal byte[]? ConditionOpening(CompareType compareType)
    {
        if (!NameIsPlain)
        {
            return null;
        }

        var openings = conditionOpenings ??= new byte[]?[(int)CompareType.EndsWith + 1];
        return openings[(int)compareType] ??= Encoding.UTF8.GetBytes(Kind == FilterValueKind.QuickFilter
            ? "{\"" + FilterCondition.QuickFilterName + "\":\"" + WireName + "\"}"
            : "{\"field\":\"" + WireName + "\",\"compareType\":\"" + CompareTypeNames.ToWire(compareType)
              + "\",\"value\":[");
    }
}
