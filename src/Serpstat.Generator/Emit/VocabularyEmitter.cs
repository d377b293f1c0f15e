using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>Writes the mappings between C# enums and wire values for filter values and response values.</summary>
internal static class VocabularyEmitter
{
    private const string UnknownList = "global::System.Collections.Generic.List<string>";
    private const string WireTextsType = EmitContext.Runtime + ".Protocol.WireTexts";

    /// <summary>Quick filter enum to its wire name.</summary>
    public static void WriteQuickFilterValues(SourceWriter writer, EmitContext context, FilterModel filter)
    {
        var type = context.Nested(Names.QuickFilter);
        using (writer.Block("internal static string QuickFilterValue(" + type + " value)"))
        {
            WriteWireSwitch(
                writer,
                type,
                FilterEmitter.QuickValues(filter),
                "The quick filters of " + context.Method.Method + " are the values of " + Names.QuickFilter);
        }
    }

    /// <summary>Filter enum to wire text: one value, and a set of values.</summary>
    public static void WriteFilterValues(SourceWriter writer, EmitContext context, FilterFieldModel field)
    {
        var type = context.Nested(field.TypeName!);
        using (writer.Block("internal static string FilterValue(" + type + " value)"))
        {
            WriteWireSwitch(writer, type, field.Values, "Filter '" + field.Wire + "' takes only the values of "
                                                        + field.TypeName);
        }

        writer.Line();
        using (writer.Block("internal static string[] FilterValues(" + context.MaybeNull(type + "[]") + " values)"))
        {
            writer.Line("if (values == null) return new string[0];");
            writer.Line("var wire = new string[values.Length];");
            writer.Line("for (var i = 0; i < values.Length; i++) wire[i] = FilterValue(values[i]);");
            writer.Line("return wire;");
        }
    }

    /// <summary>The name of the <c>WireTexts</c> that holds a response vocabulary's listed spellings.</summary>
    public static string TextsName(ResponseFieldModel field) => field.TypeName + "Texts";

    /// <summary>
    /// An enum value to its wire text; an undefined value is refused with <paramref name="refusal"/>.
    /// </summary>
    private static void WriteWireSwitch(
        SourceWriter writer,
        string type,
        EquatableArray<EnumValueModel> values,
        string refusal)
    {
        using (writer.Block("switch (value)"))
        {
            foreach (var value in values)
            {
                writer.Line("case " + type + "." + value.Name + ": return " + CSharpLiterals.String(value.Wire) + ";");
            }

            writer.Line("default: throw new global::Serpstat.Filtering.SerpstatFilterException(\"" + refusal
                        + "; got \" + value + \".\");");
        }
    }

    /// <summary>
    /// Wire text to a response enum or flags value, matched without regard to case (the API writes <c>UGC</c> and
    /// <c>DESC</c> where its lists say <c>ugc</c> and <c>desc</c>); unlisted text is kept. The listed spellings are
    /// held once, so that reading them allocates nothing.
    /// </summary>
    public static void WriteResponseParser(SourceWriter writer, EmitContext context, ResponseFieldModel field)
    {
        var type = context.Nested(field.TypeName!);
        var wrapper = ResponseTypes.Of(context, field);
        writer.Line("internal static readonly " + WireTextsType + " " + TextsName(field) + " = new "
                    + WireTextsType + "("
                    + string.Join(", ", field.Values.Select(v => CSharpLiterals.String(v.Wire))) + ");");
        writer.Line();
        using (writer.Block("internal static " + wrapper + " To" + field.TypeName + "(string raw)"))
        {
            if (field.Type == ResponseFieldType.Flags)
            {
                writer.Line(context.MaybeNull(UnknownList) + " unknown;");
                writer.Line("var bits = " + TextsName(field) + ".FlagBits(raw, "
                            + CSharpLiterals.String(field.Separator ?? ",") + ", out unknown);");
                writer.Line("return new " + wrapper + "((" + type + ")bits, raw, unknown);");
                return;
            }

            foreach (var value in field.Values)
            {
                writer.Line("if (" + Matches("raw", value) + ") return new " + wrapper + "(" + type + "." + value.Name
                            + ", raw, true);");
            }

            writer.Line("return new " + wrapper + "(" + type + ".Unknown, raw, false);");
        }
    }

    private static string Matches(string variable, EnumValueModel value) =>
        "string.Equals(" + variable + ", " + CSharpLiterals.String(value.Wire)
        + ", global::System.StringComparison.OrdinalIgnoreCase)";
}
