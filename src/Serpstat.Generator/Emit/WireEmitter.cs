using System.Globalization;
using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>
/// Writes the private <c>Wire</c> class: the one place each wire spelling of the method stands, the checks of param
/// values, and the response readers.
/// </summary>
internal static class WireEmitter
{
    public static string Write(EmitContext context) => FileEmitter.Write(context, writer => WriteWire(writer, context));

    private static void WriteWire(SourceWriter writer, EmitContext context)
    {
        var method = context.Method;
        FileEmitter.GeneratedCode(writer);
        using (writer.Block("private static class " + Names.Wire))
        {
            foreach (var param in method.Params)
            {
                writer.Line("internal static readonly " + EmitContext.Json + ".JsonEncodedText "
                            + WireNames.Param(param)
                            + " = " + EmitContext.Json + ".JsonEncodedText.Encode(" + CSharpLiterals.String(param.Wire)
                            + ");");
            }

            foreach (var param in method.Params)
            {
                ParamWireEmitter.Write(writer, context, param);
            }

            if (QueryCheck.Applies(method))
            {
                writer.Line();
                QueryCheck.WriteCheck(writer, context);
            }

            if (PagingShape.Of(method) is { } paging && method.MaxRows is not null)
            {
                writer.Line();
                WriteRowCap(writer, context, paging);
            }

            if (method.Params.Any(p => p.Type == ParamType.StringArray))
            {
                writer.Line();
                WriteStrings(writer);
            }

            foreach (var field in method.Filter?.Fields.Where(f => f.Kind == FilterFieldKind.Enum)
                                  ?? Enumerable.Empty<FilterFieldModel>())
            {
                writer.Line();
                VocabularyEmitter.WriteFilterValues(writer, context, field);
                if (FilterRowEmitter.NeedsVocabulary(field))
                {
                    writer.Line();
                    FilterRowEmitter.WriteVocabulary(writer, field);
                }
            }

            if (method.Filter is { QuickFilters.Count: > 0 })
            {
                writer.Line();
                VocabularyEmitter.WriteQuickFilterValues(writer, context, method.Filter);
            }

            var responseFields = method.Response.Data.Fields
                .Concat(method.Response.Summary?.Fields ?? EquatableArray<ResponseFieldModel>.Empty);
            foreach (var field in responseFields.Where(f => f.TypeName is not null))
            {
                writer.Line();
                VocabularyEmitter.WriteResponseParser(writer, context, field);
            }

            writer.Line();
            ResponseReaderEmitter.Write(writer, context);
        }
    }

    private static void WriteRowCap(SourceWriter writer, EmitContext context, PagingShape paging)
    {
        var defaultSize = paging.DefaultSize.ToString(CultureInfo.InvariantCulture);
        using (writer.Block("internal static void CheckRowCap(int? page, int? size)"))
        {
            writer.Line("if (page == null) return;");
            writer.Line("var rows = (long)page.Value * (size ?? " + defaultSize + ");");
            writer.Line("if (rows <= " + context.Class + ".MaxRows) return;");
            writer.Line("throw new global::System.ArgumentOutOfRangeException(\"page\", page.Value, "
                        + "\"Page \" + page.Value"
                        + " + \" of \" + (size ?? " + defaultSize + ") + \" rows reaches row \" + rows + \", beyond "
                        + "the API's cap of \" + " + context.Class + ".MaxRows + \" rows for one query.\");");
        }
    }

    private static void WriteStrings(SourceWriter writer)
    {
        using (writer.Block("internal static void WriteStrings(" + EmitContext.Json + ".Utf8JsonWriter writer, "
                            + EmitContext.Json + ".JsonEncodedText name, " + ParamTypes.StringList + " values)"))
        {
            writer.Line("writer.WriteStartArray(name);");
            writer.Line("foreach (var value in values) writer.WriteStringValue(value);");
            writer.Line("writer.WriteEndArray();");
        }
    }
}
