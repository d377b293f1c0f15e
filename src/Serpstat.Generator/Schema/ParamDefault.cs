using System.Globalization;
using System.Linq;
using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Json;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>Reads a param's <c>default</c>: the API's own default, documented in the generated code.</summary>
internal static class ParamDefault
{
    /// <summary>The default as canonical JSON text; null when absent or when it does not fit the param.</summary>
    public static string? Read(
        ObjectReader item,
        ParamType? type,
        EquatableArray<EnumValueModel>? values,
        ParamRange range)
    {
        var node = item.Node("default");
        if (node is null)
        {
            return null;
        }

        if (node.Kind is JsonNodeKind.Object or JsonNodeKind.Array)
        {
            item.ReportWrongType("default", node, "a JSON scalar (a string, number, true, false or null)");
            return null;
        }

        var fits = type switch
        {
            null => true,
            ParamType.String => Expect(item, node, node.Kind == JsonNodeKind.String, "a string"),
            ParamType.Boolean => Expect(item, node, node.Kind is JsonNodeKind.True or JsonNodeKind.False, "a boolean"),
            ParamType.Integer => Expect(item, node, node is JsonNumber { IsIntegerSyntax: true }, "an integer")
                && InRange(item, (JsonNumber)node, range),
            ParamType.Enum => IsAmong(item, node, values!.Value),
            _ => NotApplicable(item),
        };
        return fits ? JsonText.Of(node) : null;
    }

    private static bool Expect(ObjectReader item, JsonNode node, bool fits, string expected)
    {
        if (!fits)
        {
            item.ReportWrongType("default", node, expected);
        }

        return fits;
    }

    private static bool InRange(ObjectReader item, JsonNumber number, ParamRange range)
    {
        if (!number.TryGetInt64(out var value))
        {
            item.ReportInvalid("default", number.Text, "it does not fit a 64-bit integer");
            return false;
        }

        var problem = value < range.Minimum ? "it is less than minimum " + Text(range.Minimum)
            : value > range.Maximum ? "it is greater than maximum " + Text(range.Maximum)
            : null;
        if (problem is not null)
        {
            item.ReportInvalid("default", number.Text, problem);
        }

        return problem is null;
    }

    private static bool IsAmong(ObjectReader item, JsonNode node, EquatableArray<EnumValueModel> values)
    {
        // With no values read, their own diagnostics already explain the problem.
        if (values.Count == 0)
        {
            return false;
        }

        var wire = node switch
        {
            JsonString text => text.Value,
            JsonNumber number when number.TryGetInt64(out var value) => value.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        var isNumber = node.Kind == JsonNodeKind.Number;
        if (values.Any(value => value.WireIsNumber == isNumber && value.Wire == wire))
        {
            return true;
        }

        var allowed = values.Select(value => value.WireIsNumber ? value.Wire : JsonText.Quote(value.Wire));
        item.Context.Report(
            DiagnosticDescriptors.InvalidReference,
            node.Span,
            "Default " + JsonText.Of(node),
            item.PathOf("default"),
            "is not one of the values of " + item.Path + ": " + string.Join(", ", allowed));
        return false;
    }

    private static bool NotApplicable(ObjectReader item)
    {
        item.ReportNotApplicable("default", "params of type string, integer, boolean or enum");
        return false;
    }

    private static string Text(long? value) => value!.Value.ToString(CultureInfo.InvariantCulture);
}
