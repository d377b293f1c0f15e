using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>Writes the response types: the result, its rows, the summary and the enums of response values.</summary>
internal static class ResponseEmitter
{
    public static string Write(EmitContext context) =>
        FileEmitter.Write(context, writer => WriteTypes(writer, context));

    private static void WriteTypes(SourceWriter writer, EmitContext context)
    {
        var response = context.Method.Response;
        WriteResult(writer, context);
        writer.Line();
        WriteObject(writer, context, response.Data.Name, response.Data.Description, response.Data.Fields,
                    FilterRowEmitter.Applies(context.Method));
        if (response.Summary is not null)
        {
            writer.Line();
            WriteObject(writer, context, Names.SummaryInfo, "The summary_info of a response: figures about the whole "
                        + "query.", response.Summary.Fields, filterRow: false);
        }

        var fields = response.Data.Fields.Concat(response.Summary?.Fields ?? EquatableArray<ResponseFieldModel>.Empty);
        foreach (var field in fields.Where(f => f.TypeName is not null))
        {
            writer.Line();
            if (field.Type == ResponseFieldType.Flags)
            {
                EnumEmitter.WriteFlagsEnum(writer, field.TypeName!, field.Description, field.Values);
            }
            else
            {
                EnumEmitter.WriteResponseEnum(writer, field.TypeName!, field.Description, field.Values);
            }
        }
    }

    private static void WriteResult(SourceWriter writer, EmitContext context)
    {
        var response = context.Method.Response;
        var dataType = DataType(context);
        writer.Summary("The result of a successful " + context.Method.Method + " call.");
        FileEmitter.GeneratedCode(writer);
        using (writer.Block("public sealed partial class " + Names.Result))
        {
            writer.Summary("Creates a result.");
            writer.Param("data", "The data member.");
            var parameters = dataType + " data";
            if (response.Summary is not null)
            {
                writer.Param("summaryInfo", "The summary_info member.");
                parameters += ", " + context.Nested(Names.SummaryInfo) + " summaryInfo";
            }

            using (writer.Block("public " + Names.Result + "(" + parameters + ")"))
            {
                writer.Line("Data = data ?? throw new global::System.ArgumentNullException(nameof(data));");
                if (response.Summary is not null)
                {
                    writer.Line("SummaryInfo = summaryInfo ?? throw new global::System.ArgumentNullException("
                                + "nameof(summaryInfo));");
                }
            }

            writer.Line();
            writer.Summary(response.Data.Shape == DataShape.Array ? "The rows of this page." : "The data.");
            writer.Line("public " + dataType + " Data { get; }");
            if (response.Summary is not null)
            {
                writer.Line();
                writer.Summary("Figures about the whole query: totals, paging, credits left.");
                writer.Line("public " + context.Nested(Names.SummaryInfo) + " SummaryInfo { get; }");
            }
        }
    }

    private static void WriteObject(
        SourceWriter writer,
        EmitContext context,
        string typeName,
        string? description,
        EquatableArray<ResponseFieldModel> fields,
        bool filterRow)
    {
        writer.Summary(description);
        FileEmitter.GeneratedCode(writer);
        var bases = filterRow ? " : " + FilterRowEmitter.Interface : string.Empty;
        using (writer.Block("public sealed partial class " + typeName + bases))
        {
            writer.Summary("Creates the object from its members' values.");
            foreach (var field in fields)
            {
                writer.Param(Local(field), field.Description);
            }

            var parameters = string.Join(", ", fields.Select(f => ResponseTypes.Property(context, f) + " " + Local(f)));
            using (writer.Block("public " + typeName + "(" + parameters + ")"))
            {
                foreach (var field in fields)
                {
                    writer.Line(field.Name + " = " + Local(field) + ";");
                }
            }

            foreach (var field in fields)
            {
                writer.Line();
                writer.Summary((field.Description ?? string.Empty) + " Wire name: " + field.Wire + ".");
                writer.Line("public " + ResponseTypes.Property(context, field) + " " + field.Name + " { get; }");
            }

            if (filterRow)
            {
                writer.Line();
                FilterRowEmitter.WriteRowMember(writer, context);
            }
        }
    }

    public static string DataType(EmitContext context)
    {
        var row = context.Nested(context.Method.Response.Data.Name);
        return context.Method.Response.Data.Shape == DataShape.Array
            ? "global::System.Collections.Generic.IReadOnlyList<" + row + ">"
            : row;
    }

    /// <summary>The camel-case parameter name of a member, prefixed so it never meets a keyword.</summary>
    public static string Local(ResponseFieldModel field) => "value" + field.Name;
}
