using System.Collections.Generic;
using System.Globalization;
using Serpstat.Generator.Json;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>Reads the <c>params</c> list: the members of the request's <c>params</c> object.</summary>
internal sealed class ParamReader
{
    private static readonly string[] Members =
    {
        "wire", "name", "type", "role", "required", "default", "minimum", "maximum", "description", "typeName",
        "values",
    };

    private readonly ItemNames itemNames = new();
    private readonly Dictionary<ParamRole, string> roleOwners = new();

    public static EquatableArray<ParamModel> ReadAll(ObjectReader root, JsonArray array)
    {
        return root.List(array, "params", Members, new ParamReader().Read);
    }

    private ParamModel? Read(ObjectReader item)
    {
        var wire = item.Wire("wire");
        var name = item.Identifier("name", required: true);
        var hasType = item.TryChoice("type", SchemaVocabulary.ParamTypes, required: true, out var type);
        item.TryChoice("role", SchemaVocabulary.ParamRoles, required: false, out var role);
        var required = item.Boolean("required");
        var description = item.String("description");

        var range = ReadRange(item, hasType ? type : null);

        var roleFails = hasType && !CheckRole(item, role, type);
        var enumParts = hasType
            ? EnumValueReader.Read(item, type == ParamType.Enum, "a param of type enum", role == ParamRole.SearchType)
            : null;
        var defaultJson = ParamDefault.Read(item, hasType ? type : null, enumParts?.Values, range);

        var unique = itemNames.Claim(item, wire, name);
        if (wire is null || name is null || enumParts is null || roleFails || !unique
            || !enumParts.TryClaimTypeName(item, name, out var typeName))
        {
            return null;
        }

        var values = enumParts.Values;
        return new ParamModel(
            wire, name, type, role, required, defaultJson, range.Minimum, range.Maximum, description, typeName, values);
    }

    /// <summary>A role marks a param the library relies on, so it is taken once and needs a fitting type.</summary>
    private bool CheckRole(ObjectReader item, ParamRole role, ParamType type)
    {
        if (role == ParamRole.None)
        {
            return true;
        }

        var roleWord = SchemaVocabulary.ParamRoles.WordOf(role);
        if (roleOwners.TryGetValue(role, out var owner))
        {
            RoleDiagnostics.ReportTaken(item, roleWord, owner);
            return false;
        }

        roleOwners.Add(role, item.Path);
        var needed = TypeFor(role);
        if (needed != type)
        {
            var types = SchemaVocabulary.ParamTypes;
            RoleDiagnostics.ReportWrongType(item, roleWord, "a param", types.WordOf(needed), types.WordOf(type));
            return false;
        }

        return true;
    }

    private static ParamType TypeFor(ParamRole role) => role switch
    {
        ParamRole.Query => ParamType.String,
        ParamRole.Page or ParamRole.Size => ParamType.Integer,
        ParamRole.ComplexFilter => ParamType.ComplexFilter,
        _ => ParamType.Enum,
    };

    private static ParamRange ReadRange(ObjectReader item, ParamType? type)
    {
        var minimum = item.Integer("minimum");
        var maximum = item.Integer("maximum");
        if (type is not null and not ParamType.Integer)
        {
            foreach (var member in new[] { "minimum", "maximum" })
            {
                if (item.Has(member))
                {
                    item.ReportNotApplicable(member, "params of type integer");
                }
            }

            return new ParamRange(null, null);
        }

        if (minimum > maximum)
        {
            item.ReportInvalid(
                "minimum",
                minimum!.Value.ToString(CultureInfo.InvariantCulture),
                "it is greater than maximum " + maximum!.Value.ToString(CultureInfo.InvariantCulture));
        }

        return new ParamRange(minimum, maximum);
    }
}

/// <summary>The bounds of an integer param, each optional.</summary>
internal readonly record struct ParamRange(long? Minimum, long? Maximum);
