using System.Collections.Generic;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>
/// The overloads one compare type of one field gets: the parameters the kind of value takes, and how each is encoded
/// into the API's strings. Numbers and dates go to the runtime as they are (typed): it formats them once, where
/// text it would have to parse again.
/// </summary>
internal sealed class FilterMethodShapes
{
    private const string Create = "global::Serpstat.Filtering.FilterCondition.Create";

    private readonly string[] parameters;
    private readonly string[] encoded;
    private readonly string valueDoc;
    private readonly bool typed;

    private FilterMethodShapes(string[] parameters, string[] encoded, string valueDoc, bool typed = false)
    {
        this.parameters = parameters;
        this.encoded = encoded;
        this.valueDoc = valueDoc;
        this.typed = typed;
    }

    public static IEnumerable<FilterMethodShapes> Of(EmitContext context, FilterFieldModel field, string compareType)
    {
        var between = compareType == "between";
        switch (field.Kind)
        {
            case FilterFieldKind.Integer:
                yield return Typed("long", between, "A whole number.");
                break;
            case FilterFieldKind.Number:
                yield return Typed("double", between, "A number.");
                break;
            case FilterFieldKind.Date:
                yield return Typed("global::System.DateTime", between, "A date; its time is ignored.");
                yield return Scalar("string", between, "{0}", "A date written " + field.DateFormat + ".");
                break;
            case FilterFieldKind.Enum when compareType is "contains" or "notContains":
                var type = context.Nested(field.TypeName!);
                yield return new FilterMethodShapes(
                    new[] { "params " + type + "[] values" },
                    new[] { Names.Wire + ".FilterValues(values)" },
                    "The values; the condition holds for any of them.");
                break;
            case FilterFieldKind.Enum:
                yield return Scalar(context.Nested(field.TypeName!), between,
                    Names.Wire + ".FilterValue({0})", "A value.");
                break;
            default:
                yield return Scalar("string", between, "{0}", "The text.");
                break;
        }
    }

    public void Write(SourceWriter writer, EmitContext context, FilterFieldModel field, string compareType)
    {
        var method = CompareTypeMembers.Method(compareType);
        writer.Summary(field.Wire + " " + CompareTypeMembers.Meaning(compareType)
                       + " the value (" + compareType + ").");
        foreach (var parameter in parameters)
        {
            var name = parameter.Substring(parameter.LastIndexOf(' ') + 1);
            writer.Param(name, name == "from" ? "The lower bound. " + valueDoc
                                : name == "to" ? "The upper bound. " + valueDoc : valueDoc);
        }

        writer.Line("/// <returns>The condition, to combine with others.</returns>");
        writer.Line("/// <exception cref=\"global::Serpstat.Filtering.SerpstatFilterException\">A value is invalid for "
                    + "the field.</exception>");
        writer.Line("public " + context.FilterOf + " " + method + "(" + string.Join(", ", parameters) + ")");
        var arguments = field.Name + "Info, global::Serpstat.Filtering.CompareType." + method + ", "
                        + string.Join(", ", encoded);
        writer.Line(typed ? "    => Of(" + Create + "(" + arguments + "));" : "    => Of(" + arguments + ");");
    }

    private static FilterMethodShapes Typed(string type, bool between, string doc) =>
        between
            ? new FilterMethodShapes(new[] { type + " from", type + " to" }, new[] { "from", "to" }, doc, typed: true)
            : new FilterMethodShapes(new[] { type + " value" }, new[] { "value" }, doc, typed: true);

    private static FilterMethodShapes Scalar(string type, bool between, string encode, string doc) =>
        between
            ? new FilterMethodShapes(
                new[] { type + " from", type + " to" },
                new[] { string.Format(encode, "from"), string.Format(encode, "to") },
                doc)
            : new FilterMethodShapes(new[] { type + " value" }, new[] { string.Format(encode, "value") }, doc);
}
