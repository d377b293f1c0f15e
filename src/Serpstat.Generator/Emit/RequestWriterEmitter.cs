using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>Writes <c>WriteParams</c>: every set param, in schema order, with its exact wire name and value.</summary>
internal static class RequestWriterEmitter
{
    public static void WriteParams(SourceWriter writer, EmitContext context)
    {
        writer.Line("/// <inheritdoc />");
        using (writer.Block("public override void WriteParams(" + EmitContext.Json + ".Utf8JsonWriter writer)"))
        {
            writer.Line("if (writer == null) throw new global::System.ArgumentNullException(nameof(writer));");
            writer.Line("writer.WriteStartObject();");
            foreach (var param in context.Method.Params)
            {
                WriteParam(writer, param);
            }

            writer.Line("writer.WriteEndObject();");
        }
    }

    private static void WriteParam(SourceWriter writer, ParamModel param)
    {
        var name = Names.Wire + "." + WireNames.Param(param);
        var value = param.Required || !ParamTypes.IsValueType(param) ? param.Name : param.Name + ".Value";
        var statement = param.Type switch
        {
            ParamType.String => "writer.WriteString(" + name + ", " + value + ");",
            ParamType.Integer => "writer.WriteNumber(" + name + ", " + value + ");",
            ParamType.Boolean => "writer.WriteBoolean(" + name + ", " + value + ");",
            ParamType.Enum when param.Values.Count > 0 && param.Values[0].WireIsNumber
                => "writer.WriteNumber(" + name + ", " + Names.Wire + ".ToWire(" + value + "));",
            ParamType.Enum => "writer.WriteString(" + name + ", " + Names.Wire + ".ToWire(" + value + "));",
            ParamType.StringArray => Names.Wire + ".WriteStrings(writer, " + name + ", " + value + ");",
            _ => "writer.WritePropertyName(" + name + "); " + value + ".WriteTo(writer);",
        };
        if (param.Required)
        {
            writer.Line(statement);
            return;
        }

        writer.Line("if (" + param.Name + " != null) { " + statement + " }");
    }
}
