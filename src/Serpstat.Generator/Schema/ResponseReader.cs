using Serpstat.Generator.Json;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>Reads <c>response</c>: the row type of <c>data</c> and the <c>summary_info</c> object.</summary>
internal static class ResponseReader
{
    private static readonly string[] Members = { "data", "summaryInfo" };

    private static readonly string[] DataMembers = { "shape", "name", "description", "fields" };

    private static readonly string[] SummaryMembers = { "location", "fields" };

    /// <summary>The response; null when <c>data</c> cannot be read, since no client can be made without it.</summary>
    public static ResponseModel? Read(SchemaContext context, JsonObject json)
    {
        var response = new ObjectReader(context, json, "response", Members);
        var dataJson = response.Object("data", required: true);
        var data = dataJson is null
            ? null
            : ReadData(new ObjectReader(context, dataJson, "response.data", DataMembers));
        var summaryJson = response.Object("summaryInfo");
        var summary = summaryJson is null
            ? null
            : ReadSummary(new ObjectReader(context, summaryJson, "response.summaryInfo", SummaryMembers));
        return data is null ? null : new ResponseModel(data, summary);
    }

    private static DataModel? ReadData(ObjectReader data)
    {
        var hasShape = data.TryChoice("shape", SchemaVocabulary.DataShapes, required: true, out var shape);
        var name = data.Identifier("name", required: true);
        var claimed = name is not null && data.Context.TypeNames.Claim(name, data.SpanOf("name"), data.PathOf("name"));
        var description = data.String("description");
        var fieldsArray = data.Array("fields", required: true);
        EquatableArray<ResponseFieldModel>? fields = fieldsArray is null
            ? null
            : ResponseFieldReader.ReadAll(data, fieldsArray, isSummary: false);
        return hasShape && claimed && fields is not null
            ? new DataModel(shape, name!, description, fields.Value)
            : null;
    }

    private static SummaryModel? ReadSummary(ObjectReader summary)
    {
        if (!summary.TryChoice("location", SchemaVocabulary.SummaryLocations, required: false, out var location))
        {
            location = SummaryLocation.Result;
        }

        var fieldsArray = summary.Array("fields", required: true);
        return fieldsArray is null
            ? null
            : new SummaryModel(location, ResponseFieldReader.ReadAll(summary, fieldsArray, isSummary: true));
    }
}

/// <summary>Reads the fields of a response object: the data row or <c>summary_info</c>.</summary>
internal sealed class ResponseFieldReader
{
    private static readonly string[] Members =
    {
        "wire", "name", "type", "required", "nullable", "separator", "role", "values", "typeName", "description",
    };

    private readonly ItemNames itemNames = new();
    private readonly UniqueNames roles = new();
    private readonly bool isSummary;

    private ResponseFieldReader(bool isSummary)
    {
        this.isSummary = isSummary;
    }

    public static EquatableArray<ResponseFieldModel> ReadAll(ObjectReader owner, JsonArray array, bool isSummary)
    {
        return owner.List(array, "fields", Members, new ResponseFieldReader(isSummary).Read);
    }

    private ResponseFieldModel? Read(ObjectReader item)
    {
        var wire = item.Wire("wire");
        var name = item.Identifier("name", required: true);
        var hasType = item.TryChoice("type", SchemaVocabulary.ResponseTypes, required: true, out var type);
        var required = item.Boolean("required");
        var nullable = item.Boolean("nullable");
        var description = item.String("description");
        var separator = hasType ? ReadSeparator(item, type) : null;
        var role = hasType ? ReadRole(item, type) : SummaryRole.None;
        var isEnum = type is ResponseFieldType.Enum or ResponseFieldType.Flags;
        var enumParts = hasType
            ? EnumValueReader.Read(item, isEnum, "a field of type enum or flags", allowQueryKind: false)
            : null;

        var unique = itemNames.Claim(item, wire, name);
        if (wire is null || name is null || enumParts is null || !unique
            || !enumParts.TryClaimTypeName(item, isSummary ? "Summary" + name : name, out var typeName))
        {
            return null;
        }

        return new ResponseFieldModel(
            wire, name, type, required, nullable, separator, role, description, typeName, enumParts.Values);
    }

    /// <summary>The text between the values of a flags field; a comma unless the schema says otherwise.</summary>
    private static string? ReadSeparator(ObjectReader item, ResponseFieldType type)
    {
        if (type != ResponseFieldType.Flags)
        {
            if (item.Has("separator"))
            {
                item.ReportNotApplicable("separator", "fields of type flags");
            }

            return null;
        }

        var separator = item.String("separator") ?? ",";
        if (separator.Length == 0)
        {
            item.ReportInvalid("separator", "''", "a separator must not be empty");
            return ",";
        }

        return separator;
    }

    /// <summary>Roles mark the summary numbers paging relies on, so each is taken once and is an integer.</summary>
    private SummaryRole ReadRole(ObjectReader item, ResponseFieldType type)
    {
        if (!isSummary)
        {
            if (item.Has("role"))
            {
                item.ReportNotApplicable("role", "the fields of response.summaryInfo");
            }

            return SummaryRole.None;
        }

        if (!item.TryChoice("role", SchemaVocabulary.SummaryRoles, required: false, out var role))
        {
            return SummaryRole.None;
        }

        var roleWord = SchemaVocabulary.SummaryRoles.WordOf(role);
        if (roles.Claim(roleWord, item.Path) is { } owner)
        {
            RoleDiagnostics.ReportTaken(item, roleWord, owner);
            return SummaryRole.None;
        }

        if (type != ResponseFieldType.Integer)
        {
            var typeWord = SchemaVocabulary.ResponseTypes.WordOf(type);
            RoleDiagnostics.ReportWrongType(item, roleWord, "a field", "integer", typeWord);
            return SummaryRole.None;
        }

        return role;
    }
}
