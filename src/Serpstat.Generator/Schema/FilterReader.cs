using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Json;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>Reads <c>filter</c>: the fields <c>complexFilter</c> accepts and the quick filters.</summary>
internal static class FilterReader
{
    private static readonly string[] Members = { "fields", "quickFilters" };

    private static readonly string[] FieldMembers =
    {
        "wire", "name", "kind", "compareTypes", "dateFormat", "values", "typeName", "description", "responseField",
    };

    private static readonly string[] QuickFilterMembers = { "wire", "name", "description" };

    /// <param name="data">The response rows, which <c>responseField</c> members refer to; null when unusable.</param>
    public static FilterModel Read(SchemaContext context, JsonObject json, DataModel? data)
    {
        var filter = new ObjectReader(context, json, "filter", Members);
        var fieldsArray = filter.Array("fields");
        var quickArray = filter.Array("quickFilters");
        var fieldNames = new ItemNames();
        var quickNames = new ItemNames();
        var fields = fieldsArray is null
            ? EquatableArray<FilterFieldModel>.Empty
            : filter.List(fieldsArray, "fields", FieldMembers, item => ReadField(item, fieldNames, data));
        var quickFilters = quickArray is null
            ? EquatableArray<QuickFilterModel>.Empty
            : filter.List(quickArray, "quickFilters", QuickFilterMembers, item => ReadQuickFilter(item, quickNames));

        return new FilterModel(fields, quickFilters);
    }

    private static FilterFieldModel? ReadField(ObjectReader item, ItemNames itemNames, DataModel? data)
    {
        var wire = item.Wire("wire");
        var name = item.Identifier("name", required: true);
        var hasKind = item.TryChoice("kind", SchemaVocabulary.FilterKinds, required: true, out var kind);
        var compareTypes = ReadCompareTypes(item, hasKind ? kind : null);
        var dateFormat = hasKind ? ReadDateFormat(item, kind) : null;
        var description = item.String("description");
        var isEnum = kind == FilterFieldKind.Enum;
        var enumParts = hasKind
            ? EnumValueReader.Read(
                item,
                isEnum,
                "a field of kind enum",
                allowQueryKind: false,
                allowResponseValue: true)
            : null;
        var responseField = ReadResponseField(item, data);

        var unique = itemNames.Claim(item, wire, name);
        if (wire is null || name is null || enumParts is null || !unique
            || !enumParts.TryClaimTypeName(item, name + "Filter", out var typeName))
        {
            return null;
        }

        return new FilterFieldModel(
            wire, name, kind, compareTypes, dateFormat, description, typeName, enumParts.Values, responseField);
    }

    /// <summary>The data field a filter field reads in rows, which must exist.</summary>
    private static string? ReadResponseField(ObjectReader item, DataModel? data)
    {
        var responseField = item.String("responseField");
        if (responseField is null || data is null || data.Fields.Any(f => f.Wire == responseField))
        {
            return responseField;
        }

        item.Context.Report(
            DiagnosticDescriptors.InvalidReference,
            item.SpanOf("responseField"),
            "'" + responseField + "'",
            item.PathOf("responseField"),
            "names no field of response.data; its fields are: " + string.Join(", ", data.Fields.Select(f => f.Wire)));
        return null;
    }

    private static EquatableArray<string> ReadCompareTypes(ObjectReader item, FilterFieldKind? kind)
    {
        var array = item.Array("compareTypes", required: true);
        if (array is null)
        {
            return EquatableArray<string>.Empty;
        }

        if (array.Items.Count == 0)
        {
            item.ReportInvalid("compareTypes", "[]", "list at least one compare type");
        }

        var compareTypes = new List<string>();
        var seen = new UniqueNames();
        for (var i = 0; i < array.Items.Count; i++)
        {
            var path = item.PathOf("compareTypes") + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            var node = array.Items[i];
            if (node is not JsonString { Value: var compareType })
            {
                item.Context.ReportWrongType(path, node, "a string");
                continue;
            }

            if (!IsAllowed(item, node, path, compareType, kind))
            {
                continue;
            }

            if (seen.Claim(compareType, path) is { } firstPath)
            {
                item.Context.ReportDuplicate("Compare type", compareType, node.Span, path, firstPath);
                continue;
            }

            compareTypes.Add(compareType);
        }

        return new EquatableArray<string>(compareTypes);
    }

    private static bool IsAllowed(
        ObjectReader item,
        JsonNode node,
        string path,
        string compareType,
        FilterFieldKind? kind)
    {
        if (!CompareTypes.IsKnown(compareType))
        {
            item.Context.Report(
                DiagnosticDescriptors.InvalidCompareType,
                node.Span,
                compareType,
                path,
                "is not a compare type of the API (the names are case-sensitive)",
                string.Join(", ", CompareTypes.All));
            return false;
        }

        var allowed = kind is null ? CompareTypes.All : CompareTypes.AllowedFor(kind.Value);
        if (Array.IndexOf(allowed, compareType) >= 0)
        {
            return true;
        }

        item.Context.Report(
            DiagnosticDescriptors.InvalidCompareType,
            node.Span,
            compareType,
            path,
            "does not apply to a field of kind " + SchemaVocabulary.FilterKinds.WordOf(kind!.Value),
            string.Join(", ", allowed));
        return false;
    }

    private static string? ReadDateFormat(ObjectReader item, FilterFieldKind kind)
    {
        if (kind != FilterFieldKind.Date)
        {
            if (item.Has("dateFormat"))
            {
                item.ReportNotApplicable("dateFormat", "a field of kind date");
            }

            return null;
        }

        if (!item.Has("dateFormat"))
        {
            item.ReportMissing("dateFormat", " (a field of kind date says how the API writes its dates)");
            return null;
        }

        var known = item.TryChoice("dateFormat", SchemaVocabulary.DateFormats, required: true, out var format);
        return known ? format : null;
    }

    private static QuickFilterModel? ReadQuickFilter(ObjectReader item, ItemNames itemNames)
    {
        var wire = item.Wire("wire");
        var name = item.Identifier("name", required: true);
        var description = item.String("description");
        var unique = itemNames.Claim(item, wire, name);
        return unique && wire is not null && name is not null ? new QuickFilterModel(wire, name, description) : null;
    }
}
