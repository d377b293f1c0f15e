using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>
/// Writes how a row answers a filter: the row type implements the runtime's <c>IFilterRow</c>, giving each filter
/// field the value of the data field the schema names as its <c>responseField</c>, in the filter's vocabulary. The
/// request's <c>Matches</c> then evaluates its filter on rows locally, with the semantics the emulator uses.
/// </summary>
internal static class FilterRowEmitter
{
    public const string Interface = EmitContext.Runtime + ".Filtering.IFilterRow";

    /// <summary>Whether rows can answer the method's filter: some filter field names its data field.</summary>
    public static bool Applies(MethodModel method) =>
        method.Filter is not null && method.Filter.Fields.Any(f => f.ResponseField is not null);

    /// <summary>The explicit <c>IFilterRow.GetFilterValue</c> of the row type.</summary>
    public static void WriteRowMember(SourceWriter writer, EmitContext context)
    {
        var data = context.Method.Response.Data;
        writer.Line("/// <inheritdoc />");
        using (writer.Block(context.MaybeNull("object") + " " + Interface + ".GetFilterValue(string wireField)"))
        {
            using (writer.Block("switch (wireField)"))
            {
                foreach (var field in context.Method.Filter!.Fields.Where(f => f.ResponseField is not null))
                {
                    var source = data.Fields.First(f => f.Wire == field.ResponseField);
                    writer.Line("case " + CSharpLiterals.String(field.Wire) + ": return " + Value(field, source) + ";");
                }

                writer.Line("default: return null;");
            }
        }
    }

    /// <summary>The request's <c>Matches</c>: its filter evaluated on one row.</summary>
    public static void WriteMatches(SourceWriter writer, EmitContext context)
    {
        var row = context.Nested(context.Method.Response.Data.Name);
        writer.Summary("Whether a row passes this request's filter, evaluated locally as the API evaluates it.");
        writer.Param("row", "A row of this method's response.");
        writer.Line("/// <returns>True when the row passes, or when the request has no filter.</returns>");
        writer.Line("public bool Matches(" + row + " row)");
        writer.Line("    => " + EmitContext.Runtime + ".Filtering.FilterEvaluator.Matches(ComplexFilter, row);");
    }

    /// <summary>
    /// Response enum text to the filter's spelling, for values the schema says are spelt differently.
    /// </summary>
    public static void WriteVocabulary(SourceWriter writer, FilterFieldModel field)
    {
        using (writer.Block("internal static string " + field.Name + "FilterText(string raw)"))
        {
            foreach (var value in field.Values.Where(v => v.ResponseValue is not null))
            {
                writer.Line("if (string.Equals(raw, " + CSharpLiterals.String(value.ResponseValue!)
                            + ", global::System.StringComparison.OrdinalIgnoreCase)) return "
                            + CSharpLiterals.String(value.Wire) + ";");
            }

            writer.Line("return raw;");
        }
    }

    /// <summary>Whether a field's response spelling differs anywhere from its filter spelling.</summary>
    public static bool NeedsVocabulary(FilterFieldModel field) =>
        field.ResponseField is not null && field.Values.Any(v => v.ResponseValue is not null);

    private static string Value(FilterFieldModel field, ResponseFieldModel source)
    {
        if (source.Type is not (ResponseFieldType.Enum or ResponseFieldType.Flags))
        {
            return source.Name;
        }

        var raw = ResponseTypes.IsOptional(source)
            ? "(" + source.Name + ".HasValue ? " + source.Name + ".Value.Raw : null)"
            : source.Name + ".Raw";
        if (!NeedsVocabulary(field))
        {
            return raw;
        }

        return ResponseTypes.IsOptional(source)
            ? "(" + source.Name + ".HasValue ? " + Names.Wire + "." + field.Name + "FilterText(" + source.Name
              + ".Value.Raw) : null)"
            : Names.Wire + "." + field.Name + "FilterText(" + raw + ")";
    }
}
