using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>Writes the C# enums of closed vocabularies: request params, filter values and response values.</summary>
internal static class EnumEmitter
{
    /// <summary>A request or filter enum: one member per wire value, in schema order.</summary>
    public static void WriteRequestEnum(
        SourceWriter writer,
        string typeName,
        string? description,
        EquatableArray<EnumValueModel> values)
    {
        writer.Summary(description);
        FileEmitter.GeneratedCode(writer);
        using (writer.Block("public enum " + typeName))
        {
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i];
                WriteMember(writer, value, i == 0 ? string.Empty : "\n");
                writer.Line("[global::Serpstat.Metadata.SerpstatWireValue("
                            + (value.WireIsNumber ? value.Wire + "L" : CSharpLiterals.String(value.Wire)) + ")]");
                if (value.QueryKind is not null)
                {
                    writer.Line("[global::Serpstat.Metadata.SerpstatQueryKind(" + CSharpLiterals.String(value.QueryKind)
                                + ")]");
                }

                writer.Line(value.Name + ",");
            }
        }
    }

    /// <summary>
    /// A response enum: <c>Unknown = 0</c> for values the schema does not list, then the listed ones.
    /// </summary>
    public static void WriteResponseEnum(
        SourceWriter writer,
        string typeName,
        string? description,
        EquatableArray<EnumValueModel> values)
    {
        writer.Summary(description);
        FileEmitter.GeneratedCode(writer);
        using (writer.Block("public enum " + typeName))
        {
            writer.Summary("A value the schema does not list; the raw text is kept beside it.");
            writer.Line("Unknown = 0,");
            foreach (var value in values)
            {
                WriteMember(writer, value, "\n");
                writer.Line(value.Name + ",");
            }
        }
    }

    /// <summary>A flags enum: <c>None = 0</c>, then one bit per listed value.</summary>
    public static void WriteFlagsEnum(
        SourceWriter writer,
        string typeName,
        string? description,
        EquatableArray<EnumValueModel> values)
    {
        writer.Summary(description);
        FileEmitter.GeneratedCode(writer);
        writer.Line("[global::System.Flags]");
        using (writer.Block("public enum " + typeName))
        {
            writer.Summary("No listed value.");
            writer.Line("None = 0,");
            for (var i = 0; i < values.Count; i++)
            {
                WriteMember(writer, values[i], "\n");
                writer.Line(values[i].Name + " = 1 << " + i + ",");
            }
        }
    }

    private static void WriteMember(SourceWriter writer, EnumValueModel value, string separator)
    {
        if (separator.Length > 0)
        {
            writer.Line();
        }

        var wire = value.WireIsNumber ? value.Wire : "\"" + value.Wire + "\"";
        writer.Summary((value.Description is null ? string.Empty : value.Description + " ")
                       + "Wire value: " + wire + ".");
    }
}
