using System.Globalization;
using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>Writes a param's value check and, for enums, its mapping to the exact wire value.</summary>
internal static class ParamWireEmitter
{
    public static void Write(SourceWriter writer, EmitContext context, ParamModel param)
    {
        if (param.Type == ParamType.Integer && (param.Minimum is not null || param.Maximum is not null))
        {
            writer.Line();
            WriteRangeCheck(writer, context, param);
        }

        if (param.Type != ParamType.Enum)
        {
            return;
        }

        var type = context.Nested(param.TypeName!);
        writer.Line();
        using (writer.Block("internal static " + type + " Check" + param.Name + "(" + type + " value)"))
        {
            writer.Line("if (global::System.Array.IndexOf(" + param.TypeName + "Values, value) >= 0) return value;");
            writer.Line("throw new global::System.ArgumentOutOfRangeException(\"value\", value, \"" + param.Wire
                        + " takes only the values of " + param.TypeName + ".\");");
        }

        writer.Line();
        writer.Line("private static readonly " + type + "[] " + param.TypeName + "Values = new " + type + "[] { "
                    + string.Join(", ", param.Values.Select(v => type + "." + v.Name)) + " };");
        var numeric = param.Values.Count > 0 && param.Values[0].WireIsNumber;
        if (!numeric)
        {
            writer.Line();
            foreach (var value in param.Values)
            {
                writer.Line("private static readonly " + EmitContext.Json + ".JsonEncodedText " + param.TypeName
                            + value.Name + " = " + EmitContext.Json + ".JsonEncodedText.Encode("
                            + CSharpLiterals.String(value.Wire) + ");");
            }
        }

        writer.Line();
        var returnType = numeric ? "long" : EmitContext.Json + ".JsonEncodedText";
        using (writer.Block("internal static " + returnType + " ToWire(" + type + " value)"))
        {
            using (writer.Block("switch (value)"))
            {
                foreach (var value in param.Values)
                {
                    var wire = numeric ? value.Wire + "L" : param.TypeName + value.Name;
                    writer.Line("case " + type + "." + value.Name + ": return " + wire + ";");
                }

                writer.Line("default: throw new global::System.ArgumentOutOfRangeException(\"value\", value, \""
                            + param.Wire + " takes only the values of " + param.TypeName + ".\");");
            }
        }
    }

    private static void WriteRangeCheck(SourceWriter writer, EmitContext context, ParamModel param)
    {
        var type = ParamTypes.Of(context, param);
        using (writer.Block("internal static " + type + " Check" + param.Name + "(" + type + " value)"))
        {
            var conditions = new[]
            {
                param.Minimum is null ? null : "value < " + CSharpLiterals.Long(param.Minimum.Value),
                param.Maximum is null ? null : "value > " + CSharpLiterals.Long(param.Maximum.Value),
            }.Where(c => c is not null);
            var range = param.Minimum is not null && param.Maximum is not null
                ? "from " + Text(param.Minimum) + " to " + Text(param.Maximum)
                : param.Minimum is not null ? "at least " + Text(param.Minimum) : "at most " + Text(param.Maximum);
            writer.Line("if (" + string.Join(" || ", conditions) + ")");
            writer.Line("    throw new global::System.ArgumentOutOfRangeException(\"value\", value, \"" + param.Wire
                        + " must be " + range + ".\");");
            writer.Line("return value;");
        }
    }

    private static string Text(long? value) => value!.Value.ToString(CultureInfo.InvariantCulture);
}
