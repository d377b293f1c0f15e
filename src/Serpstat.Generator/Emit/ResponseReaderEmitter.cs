using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>
/// Writes the readers of the result, its rows and its summary over <c>Utf8JsonReader</c>: members are matched by their
/// UTF-8 bytes, unknown members of any shape are skipped, and every error names its JSON path.
/// </summary>
internal static class ResponseReaderEmitter
{
    private const string Reader = EmitContext.Json + ".Utf8JsonReader";
    private const string Path = EmitContext.Runtime + ".Protocol.JsonPath";
    private const string Values = EmitContext.Runtime + ".Protocol.JsonValueReader";
    private const string MemberNames = EmitContext.Runtime + ".Protocol.MemberNames";

    public static void Write(SourceWriter writer, EmitContext context)
    {
        var response = context.Method.Response;
        if (SummaryAtRoot(context))
        {
            WriteRootSummaryJoin(writer, context);
        }
        else
        {
            writer.Line("internal static readonly " + EmitContext.Runtime + ".Protocol.ResultReader<"
                        + context.Nested(Names.Result) + "> ResultReader = ReadResult;");
        }

        writer.Line();
        WriteMembers(writer, "Result", ResultMembers(context));
        WriteMembers(writer, response.Data.Name, response.Data.Fields.Select(f => f.Wire));
        if (response.Summary is not null)
        {
            WriteMembers(writer, Names.SummaryInfo, response.Summary.Fields.Select(f => f.Wire));
        }

        writer.Line();
        WriteResultReader(writer, context);
        if (response.Data.Shape == DataShape.Array)
        {
            writer.Line();
            WriteListReader(writer, context);
        }

        writer.Line();
        WriteObjectReader(writer, context, response.Data.Name, response.Data.Fields);
        if (response.Summary is not null)
        {
            writer.Line();
            WriteObjectReader(writer, context, Names.SummaryInfo, response.Summary.Fields);
        }
    }

    /// <summary>Whether <c>summary_info</c> sits beside <c>result</c>, so the two are read apart and joined.</summary>
    public static bool SummaryAtRoot(EmitContext context) =>
        context.Method.Response.Summary is { Location: SummaryLocation.Root };

    private static void WriteRootSummaryJoin(SourceWriter writer, EmitContext context)
    {
        var data = ResponseEmitter.DataType(context);
        var summary = context.Nested(Names.SummaryInfo);
        var result = context.Nested(Names.Result);
        writer.Line("internal static readonly " + EmitContext.Runtime + ".Protocol.ResultReader<" + data
                    + "> ResultDataReader = ReadResult;");
        writer.Line("internal static readonly " + EmitContext.Runtime + ".Protocol.ResultReader<" + summary
                    + "> RootSummaryReader = Read" + Names.SummaryInfo + ";");
        writer.Line("internal static readonly global::System.Func<" + data + ", " + context.MaybeNull(summary) + ", "
                    + result + "> JoinResult = Join;");
        writer.Line();
        writer.Line("private static " + result + " Join(" + data + " data, " + context.MaybeNull(summary)
                    + " summaryInfo)");
        writer.Line("    => new " + result + "(data, summaryInfo ?? throw " + Values + ".Missing(" + Path
                    + ".Root, \"summary_info\"));");
    }

    private static void WriteMembers(SourceWriter writer, string owner, IEnumerable<string> wires)
    {
        var names = wires.Select(CSharpLiterals.String).ToList();
        if (names.Count > 0)
        {
            writer.Line("private static readonly " + MemberNames + " " + owner + "Members = new " + MemberNames + "("
                        + string.Join(", ", names) + ");");
        }
    }

    private static IEnumerable<string> ResultMembers(EmitContext context) =>
        HasSummaryInResult(context) ? new[] { "data", "summary_info" } : new[] { "data" };

    private static bool HasSummaryInResult(EmitContext context) =>
        context.Method.Response.Summary is { Location: SummaryLocation.Result };

    private static void WriteResultReader(SourceWriter writer, EmitContext context)
    {
        var response = context.Method.Response;
        var summary = HasSummaryInResult(context);
        var returned = SummaryAtRoot(context) ? ResponseEmitter.DataType(context) : context.Nested(Names.Result);
        using (writer.Block("private static " + returned + " ReadResult(ref " + Reader + " reader, " + Path + " path)"))
        {
            writer.Line(Values + ".ExpectObject(ref reader, path);");
            writer.Line(context.MaybeNull(ResponseEmitter.DataType(context)) + " data = null;");
            if (summary)
            {
                writer.Line(context.MaybeNull(context.Nested(Names.SummaryInfo)) + " summaryInfo = null;");
            }

            var dataReader = response.Data.Shape == DataShape.Array
                ? "Read" + response.Data.Name + "List"
                : "Read" + response.Data.Name;
            var reads = new List<string> { "data = " + dataReader + "(ref reader, path.Property(\"data\"));" };
            if (summary)
            {
                reads.Add("summaryInfo = Read" + Names.SummaryInfo + "(ref reader, path.Property(\"summary_info\"));");
            }

            WriteMemberLoop(writer, "Result", reads);
            writer.Line();
            writer.Line("if (data == null) throw " + Values + ".Missing(path, \"data\");");
            if (summary)
            {
                writer.Line("if (summaryInfo == null) throw " + Values + ".Missing(path, \"summary_info\");");
            }

            writer.Line(SummaryAtRoot(context)
                ? "return data;"
                : "return new " + context.Nested(Names.Result) + "(data" + (summary ? ", summaryInfo" : string.Empty)
                  + ");");
        }
    }

    private static void WriteListReader(SourceWriter writer, EmitContext context)
    {
        var row = context.Nested(context.Method.Response.Data.Name);
        var list = "global::System.Collections.Generic.List<" + row + ">";
        using (writer.Block("private static global::System.Collections.Generic.IReadOnlyList<" + row + "> Read"
                            + context.Method.Response.Data.Name + "List(ref " + Reader + " reader, " + Path + " path)"))
        {
            writer.Line("// The API sends null in place of an empty list.");
            writer.Line("if (reader.TokenType == " + EmitContext.Json + ".JsonTokenType.Null) return new "
                        + list + "();");
            writer.Line(Values + ".ExpectArray(ref reader, path);");
            // Rows gather in pooled arrays and leave as one exactly sized array: no doubling copies left behind.
            writer.Line("var rows = new " + EmitContext.Runtime + ".Protocol.RowBuffer<" + row + ">();");
            using (writer.Block("try"))
            {
                using (writer.Block("while (reader.Read() && reader.TokenType != " + EmitContext.Json
                                    + ".JsonTokenType.EndArray)"))
                {
                    writer.Line("rows.Add(Read" + context.Method.Response.Data.Name
                                + "(ref reader, path.Item(rows.Count)));");
                }

                writer.Line();
                writer.Line("return rows.ToArray();");
            }

            using (writer.Block("finally"))
            {
                writer.Line("rows.Dispose();");
            }
        }
    }

    private static void WriteObjectReader(
        SourceWriter writer,
        EmitContext context,
        string typeName,
        EquatableArray<ResponseFieldModel> fields)
    {
        using (writer.Block("private static " + context.Nested(typeName) + " Read" + typeName + "(ref " + Reader
                            + " reader, " + Path + " path)"))
        {
            writer.Line(Values + ".ExpectObject(ref reader, path);");
            foreach (var field in fields)
            {
                writer.Line(ResponseTypes.Nullable(context, field) + " " + ResponseEmitter.Local(field) + " = null;");
                if (field.Required)
                {
                    writer.Line("var has" + field.Name + " = false;");
                }
            }

            var reads = fields.Select(field =>
            {
                var read = ResponseEmitter.Local(field) + " = " + ResponseTypes.Read(context, field,
                    "path.Property(" + CSharpLiterals.String(field.Wire) + ")") + ";";
                return field.Required ? read + " has" + field.Name + " = true;" : read;
            });
            WriteMemberLoop(writer, typeName, reads.ToList());
            writer.Line();
            foreach (var field in fields.Where(f => f.Required))
            {
                writer.Line("if (!has" + field.Name + ") throw " + Values + ".Missing(path, "
                            + CSharpLiterals.String(field.Wire) + ");");
            }

            var arguments = fields.Select(f => Argument(context, f));
            writer.Line("return new " + context.Nested(typeName) + "(" + string.Join(", ", arguments) + ");");
        }
    }

    /// <summary>A read local as the constructor argument: required values are known to be set by now.</summary>
    private static string Argument(EmitContext context, ResponseFieldModel field)
    {
        var local = ResponseEmitter.Local(field);
        if (ResponseTypes.IsOptional(field))
        {
            return local;
        }

        return ResponseTypes.IsValueType(field)
            ? local + ".GetValueOrDefault()"
            : context.Annotate ? local + "!" : local;
    }

    /// <summary>
    /// The loop over an object's members: <paramref name="reads"/> holds, for each member in schema order, the
    /// statement that reads its value; members of no index are skipped, whatever their shape.
    /// </summary>
    private static void WriteMemberLoop(SourceWriter writer, string owner, IReadOnlyList<string> reads)
    {
        var loop = "while (reader.Read() && reader.TokenType == " + EmitContext.Json + ".JsonTokenType.PropertyName)";
        if (reads.Count == 0)
        {
            using (writer.Block(loop))
            {
                writer.Line("reader.Read();");
                writer.Line("reader.Skip();");
            }

            return;
        }

        writer.Line("var expected = 0;");
        using (writer.Block(loop))
        {
            writer.Line("var member = " + owner + "Members.IndexOf(ref reader, expected);");
            writer.Line("reader.Read();");
            using (writer.Block("switch (member)"))
            {
                for (var i = 0; i < reads.Count; i++)
                {
                    writer.Line("case " + i.ToString(CultureInfo.InvariantCulture) + ":");
                    writer.Line("    " + reads[i]);
                    writer.Line("    break;");
                }

                writer.Line("default:");
                writer.Line("    reader.Skip();");
                writer.Line("    continue;");
            }

            writer.Line();
            writer.Line("// The API writes members in schema order: the one after this is most likely next.");
            writer.Line("expected = member + 1;");
        }
    }
}
