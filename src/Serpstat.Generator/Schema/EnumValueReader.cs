using System.Collections.Generic;
using System.Globalization;
using Serpstat.Generator.Json;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>Reads the <c>values</c> of enum params, enum filter fields and enum or flags response fields.</summary>
internal static class EnumValueReader
{
    private static readonly string[] Members = { "wire", "name", "description", "queryKind", "responseValue" };

    /// <summary>
    /// Reads the values and the type name of an item whose enum-ness is known; reports both when the item is not an
    /// enum, and a missing list when it is. <paramref name="appliesTo"/> names the items they belong on.
    /// </summary>
    public static EnumParts Read(
        ObjectReader owner,
        bool isEnum,
        string appliesTo,
        bool allowQueryKind,
        bool allowResponseValue = false)
    {
        if (!isEnum)
        {
            foreach (var member in new[] { "values", "typeName" })
            {
                if (owner.Has(member))
                {
                    owner.ReportNotApplicable(member, appliesTo);
                }
            }

            return new EnumParts(IsEnum: false, EquatableArray<EnumValueModel>.Empty, null);
        }

        var typeName = owner.Identifier("typeName");
        var array = owner.Array("values");
        if (array is null)
        {
            if (!owner.Has("values"))
            {
                owner.ReportMissing("values", " (" + appliesTo + " lists its values)");
            }

            return new EnumParts(IsEnum: true, EquatableArray<EnumValueModel>.Empty, typeName);
        }

        if (array.Items.Count == 0)
        {
            owner.ReportInvalid("values", "[]", "list at least one value");
        }

        return new EnumParts(IsEnum: true, ReadValues(owner, array, allowQueryKind, allowResponseValue), typeName);
    }

    private static EquatableArray<EnumValueModel> ReadValues(
        ObjectReader owner,
        JsonArray array,
        bool allowQueryKind,
        bool allowResponseValue)
    {
        var values = new List<EnumValueModel>();
        var itemNames = new ItemNames("Wire value");
        JsonNode? firstWire = null;
        string? firstPath = null;
        foreach (var item in owner.Items(array, "values", Members))
        {
            var wireNode = item.Node("wire");
            var wire = ReadWire(item, wireNode, firstWire, firstPath);
            if (wire is not null && firstWire is null)
            {
                firstWire = wireNode;
                firstPath = item.PathOf("wire");
            }

            var name = item.Identifier("name", required: true);
            var description = item.String("description");
            var queryKind = ReadQueryKind(item, allowQueryKind);
            var responseValue = ReadResponseValue(item, allowResponseValue);

            var unique = itemNames.Claim(item, wire, name);
            if (wire is not null && name is not null && unique)
            {
                var isNumber = wireNode!.Kind == JsonNodeKind.Number;
                values.Add(new EnumValueModel(wire, isNumber, name, description, queryKind, responseValue));
            }
        }

        return new EquatableArray<EnumValueModel>(values);
    }

    /// <summary>
    /// A value's wire: a non-empty string or an integer, written as the number's canonical text. All values of one
    /// list travel the same way, so a wire of the other kind than the first is reported.
    /// </summary>
    private static string? ReadWire(ObjectReader item, JsonNode? node, JsonNode? firstWire, string? firstPath)
    {
        if (node is null)
        {
            item.ReportMissing("wire");
            return null;
        }

        var isWireKind = node.Kind is JsonNodeKind.String or JsonNodeKind.Number;
        if (firstWire is not null && isWireKind && node.Kind != firstWire.Kind)
        {
            var expected = firstWire.Kind == JsonNodeKind.Number ? "an integer" : "a string";
            item.ReportWrongType("wire", node, expected + ", like the first value's wire at " + firstPath);
            return null;
        }

        switch (node)
        {
            case JsonString { Value.Length: 0 }:
                item.ReportInvalid("wire", "''", "a wire value must not be empty");
                return null;
            case JsonString text:
                return text.Value;
            case JsonNumber number when number.TryGetInt64(out var value):
                return value.ToString(CultureInfo.InvariantCulture);
            case JsonNumber number when number.IsIntegerSyntax:
                item.ReportInvalid("wire", number.Text, "it does not fit a 64-bit integer");
                return null;
            default:
                item.ReportWrongType("wire", node, "a string or an integer");
                return null;
        }
    }

    private static string? ReadQueryKind(ObjectReader item, bool allowQueryKind)
    {
        if (!item.Has("queryKind"))
        {
            return null;
        }

        if (!allowQueryKind)
        {
            item.ReportNotApplicable("queryKind", "the values of the param with role searchType");
            return null;
        }

        return item.TryChoice("queryKind", SchemaVocabulary.QueryKinds, required: false, out var kind) ? kind : null;
    }

    private static string? ReadResponseValue(ObjectReader item, bool allowResponseValue)
    {
        if (!item.Has("responseValue"))
        {
            return null;
        }

        if (!allowResponseValue)
        {
            item.ReportNotApplicable("responseValue", "the values of filter fields");
            return null;
        }

        return item.String("responseValue");
    }
}

/// <summary>Whether an item is an enum, its values and its explicit type name, when the schema gives one.</summary>
internal sealed record EnumParts(bool IsEnum, EquatableArray<EnumValueModel> Values, string? ExplicitTypeName)
{
    /// <summary>
    /// Claims an enum item's generated type name: the explicit one, or the default made from the item's C# name.
    /// False when the name is taken or reserved (already reported); true with null for an item that is no enum.
    /// </summary>
    public bool TryClaimTypeName(ObjectReader item, string defaultName, out string? typeName)
    {
        typeName = null;
        if (!IsEnum)
        {
            return true;
        }

        var member = ExplicitTypeName is null ? "name" : "typeName";
        var claimed = ExplicitTypeName ?? defaultName;
        if (!item.Context.TypeNames.Claim(claimed, item.SpanOf(member), item.PathOf(member)))
        {
            return false;
        }

        typeName = claimed;
        return true;
    }
}
