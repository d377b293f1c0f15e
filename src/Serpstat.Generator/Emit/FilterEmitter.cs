using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>
/// Writes the filter DSL: a fields class whose properties are one struct per field, each struct offering exactly the
/// compare types the schema allows for that field, so completion lists only those.
/// </summary>
internal static class FilterEmitter
{
    private const string Filtering = EmitContext.Runtime + ".Filtering.";

    public static string Write(EmitContext context) =>
        FileEmitter.Write(context, writer => WriteFields(writer, context));

    private static void WriteFields(SourceWriter writer, EmitContext context)
    {
        var filter = context.Method.Filter!;
        writer.Summary("The fields " + context.Method.Method + " filters on. Each offers only the compare types the "
                       + "API allows for it.");
        FileEmitter.GeneratedCode(writer);
        writer.Line("[global::Serpstat.Metadata.SerpstatFilterFields]");
        using (writer.Block("public sealed partial class " + Names.FilterFields))
        {
            writer.Line("internal static readonly " + context.Nested(Names.FilterFields) + " Instance = new "
                        + context.Nested(Names.FilterFields) + "();");
            writer.Line();
            foreach (var field in filter.Fields)
            {
                writer.Line("private static readonly " + Filtering + "FilterFieldInfo " + field.Name + "Info = new "
                            + Filtering + "FilterFieldInfo(" + InfoArguments(field) + ");");
            }

            writer.Line();
            writer.Line("private " + Names.FilterFields + "()");
            writer.Line("{");
            writer.Line("}");
            foreach (var field in filter.Fields)
            {
                writer.Line();
                writer.Summary(field.Description + " Wire name: " + field.Wire + ".");
                writer.Line("public " + field.Name + "Field " + field.Name + " => default(" + field.Name + "Field);");
            }

            if (filter.QuickFilters.Count > 0)
            {
                writer.Line();
                WriteQuick(writer, context);
            }

            if (filter.Fields.Count > 0)
            {
                writer.Line();
                WriteCondition(writer, context);
            }

            writer.Line();
            writer.Line("private static " + context.FilterOf + " Of(" + Filtering + "FilterCondition condition)");
            writer.Line("    => " + context.FilterOf + ".Of(condition);");
            writer.Line();
            writer.Line("private static " + context.FilterOf + " Of(" + Filtering + "FilterFieldInfo field, "
                        + Filtering + "CompareType compareType, string value)");
            writer.Line("    => " + context.FilterOf + ".Of(" + Filtering
                        + "FilterCondition.Create(field, compareType, value));");
            writer.Line();
            writer.Line("private static " + context.FilterOf + " Of(" + Filtering + "FilterFieldInfo field, "
                        + Filtering + "CompareType compareType, params string[] values)");
            writer.Line("    => " + context.FilterOf + ".Of(" + Filtering
                        + "FilterCondition.CreateFromOwnedValues(field, compareType, values));");
            foreach (var field in filter.Fields)
            {
                writer.Line();
                WriteFieldStruct(writer, context, field);
            }
        }

        foreach (var field in filter.Fields.Where(f => f.Kind == FilterFieldKind.Enum))
        {
            writer.Line();
            EnumEmitter.WriteRequestEnum(writer, field.TypeName!, "The values of the filter field " + field.Wire + ".",
                                         field.Values);
        }

        if (filter.QuickFilters.Count > 0)
        {
            writer.Line();
            EnumEmitter.WriteRequestEnum(
                writer,
                Names.QuickFilter,
                "The quick filters of " + context.Method.Method + ", sent as additional_filters.",
                QuickValues(filter));
        }
    }

    /// <summary>Quick filters as the values of their enum.</summary>
    public static EquatableArray<EnumValueModel> QuickValues(FilterModel filter) =>
        new(filter.QuickFilters.Select(q => new EnumValueModel(q.Wire, false, q.Name, q.Description, null)));

    private static void WriteQuick(SourceWriter writer, EmitContext context)
    {
        writer.Summary("A named quick filter, sent as {\"additional_filters\": \"name\"} inside its AND group. It "
                       + "cannot be negated.");
        writer.Param("quickFilter", "The quick filter.");
        writer.Line("/// <returns>The condition, to combine with others.</returns>");
        writer.Line("public " + context.FilterOf + " Quick(" + context.Nested(Names.QuickFilter)
                    + " quickFilter)");
        writer.Line("    => " + context.FilterOf + ".Of(" + Filtering + "FilterCondition.QuickFilter(" + Names.Wire
                    + ".QuickFilterValue(quickFilter)));");
    }

    private static string InfoArguments(FilterFieldModel field)
    {
        var arguments = CSharpLiterals.String(field.Wire) + ", " + Kind(field) + ", " + Allowed(field);
        if (field.Kind == FilterFieldKind.Date)
        {
            arguments += ", " + CSharpLiterals.String(field.DateFormat!);
        }

        if (field.Kind == FilterFieldKind.Enum)
        {
            arguments += ", null, " + WireValues(field);
        }

        return arguments;
    }

    private static string Kind(FilterFieldModel field) => Filtering + "FilterValueKind." + field.Kind;

    private static string Allowed(FilterFieldModel field) =>
        string.Join(" | ", field.CompareTypes.Select(c => Filtering + "CompareTypes." + CompareTypeMembers.Method(c)));

    private static string WireValues(FilterFieldModel field) =>
        "new string[] { " + string.Join(", ", field.Values.Select(v => CSharpLiterals.String(v.Wire))) + " }";

    private static void WriteCondition(SourceWriter writer, EmitContext context)
    {
        var fields = context.Method.Filter!.Fields;
        writer.Summary("A condition on a field named by its wire name, for filters built at run time. The field, "
                       + "compare type and values are checked against the schema as the typed fields check them.");
        writer.Param("field", "The field's wire name, such as " + fields[0].Wire + ".");
        writer.Param("compareType", "The compare type; the field must allow it.");
        writer.Param("values", "The values in their wire form: text, digits, or dates in the field's format.");
        writer.Line("/// <returns>The condition, to combine with others.</returns>");
        writer.Line("/// <exception cref=\"global::Serpstat.Filtering.SerpstatFilterException\">"
                    + "The field is unknown, or it does not allow the compare type or the values.</exception>");
        using (writer.Block("public " + context.FilterOf + " Condition(string field, " + Filtering
                            + "CompareType compareType, params string[] values)"))
        {
            writer.Line("if (field == null) throw new global::System.ArgumentNullException(nameof(field));");
            using (writer.Block("switch (field)"))
            {
                foreach (var field in fields)
                {
                    // The caller's array: the condition takes a copy of it.
                    writer.Line("case " + CSharpLiterals.String(field.Wire) + ": return " + context.FilterOf
                                + ".Of(" + Filtering + "FilterCondition.Create(" + field.Name
                                + "Info, compareType, values));");
                }

                var known = string.Join(", ", fields.Select(f => f.Wire));
                writer.Line("default: throw new " + Filtering + "SerpstatFilterException(\"" + context.Method.Method
                            + " has no filter field '\" + field + \"'; its fields are: " + known + ".\");");
            }
        }
    }

    private static void WriteFieldStruct(SourceWriter writer, EmitContext context, FilterFieldModel field)
    {
        writer.Summary("The compare types of " + field.Wire + ". " + field.Description);
        FileEmitter.GeneratedCode(writer);
        var dateFormat = field.Kind == FilterFieldKind.Date
            ? ", DateFormat = " + CSharpLiterals.String(field.DateFormat!)
            : "";
        var values = field.Kind == FilterFieldKind.Enum ? ", Values = " + WireValues(field) : "";
        writer.Line("[global::Serpstat.Metadata.SerpstatFilterField(" + CSharpLiterals.String(field.Wire) + ", "
                    + Kind(field) + ", " + Allowed(field) + dateFormat + values + ")]");
        using (writer.Block("public readonly struct " + field.Name + "Field"))
        {
            var first = true;
            foreach (var compareType in field.CompareTypes)
            {
                foreach (var overload in FilterMethodShapes.Of(context, field, compareType))
                {
                    if (!first)
                    {
                        writer.Line();
                    }

                    first = false;
                    overload.Write(writer, context, field, compareType);
                }
            }
        }
    }
}
