using System.Globalization;
using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>
/// The params and summary fields that make a method paged: a page param, a size param and an array of rows. Such a
/// request implements the runtime's paging interface, so the client can walk every page.
/// </summary>
internal sealed class PagingShape
{
    private PagingShape(ParamModel page, ParamModel size, DataModel data, SummaryModel? summary)
    {
        Page = page;
        Size = size;
        Data = data;
        Summary = summary;
    }

    public ParamModel Page { get; }

    public ParamModel Size { get; }

    public DataModel Data { get; }

    public SummaryModel? Summary { get; }

    /// <summary>The page size the API uses when none is sent.</summary>
    public int DefaultSize =>
        int.TryParse(Size.DefaultJson, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size)
            ? size
            : (int)(Size.Maximum ?? 100);

    public static PagingShape? Of(MethodModel method)
    {
        var page = method.Params.FirstOrDefault(p => p.Role == ParamRole.Page && p.Type == ParamType.Integer);
        var size = method.Params.FirstOrDefault(p => p.Role == ParamRole.Size && p.Type == ParamType.Integer);
        return page is null || size is null || method.Response.Data.Shape != DataShape.Array
            ? null
            : new PagingShape(page, size, method.Response.Data, method.Response.Summary);
    }

    public string Interface(EmitContext context) =>
        EmitContext.Runtime + ".Protocol.IPagedSerpstatRequest<" + context.Nested(Names.Result) + ", "
        + context.Nested(Data.Name) + ">";

    public void WriteMembers(SourceWriter writer, EmitContext context)
    {
        var result = context.Nested(Names.Result);
        var paged = Interface(context);
        var maxRows = context.Method.MaxRows is null ? "null" : context.Class + ".MaxRows";
        writer.Line();
        writer.Line("int " + paged + ".DefaultSize => " + DefaultSize.ToString(CultureInfo.InvariantCulture) + ";");
        writer.Line();
        writer.Line("long? " + paged + ".MaxRows => " + maxRows + ";");
        writer.Line();
        using (writer.Block(paged + " " + paged + ".ForPage(int page, int size)"))
        {
            // Both are set before the row cap is checked: the old size must not judge the new page.
            writer.Line("var copy = new " + context.Nested(Names.Request) + "(this);");
            writer.Line("copy." + Page.Name + " = " + RequestEmitter.ValueCheck(context, Page, "page") + ";");
            writer.Line("copy." + Size.Name + " = " + RequestEmitter.ValueCheck(context, Size, "size") + ";");
            RequestEmitter.WriteRowCapCheck(writer, context, "copy");
            writer.Line("return copy;");
        }
        writer.Line();
        writer.Line("global::System.Collections.Generic.IReadOnlyList<" + context.Nested(Data.Name) + "> " + paged
                    + ".RowsOf(" + result + " result) => result.Data;");
        writer.Line();
        writer.Line(EmitContext.Runtime + ".Protocol.PageSummary " + paged + ".SummaryOf(" + result + " result)");
        if (Summary is null)
        {
            writer.Line("    => default(" + EmitContext.Runtime + ".Protocol.PageSummary);");
            return;
        }

        writer.Line("    => new " + EmitContext.Runtime + ".Protocol.PageSummary(" + Figure(SummaryRole.Page) + ", "
                    + Figure(SummaryRole.Total) + ", " + Figure(SummaryRole.Count) + ", "
                    + Figure(SummaryRole.LeftLines) + ");");
    }

    private string Figure(SummaryRole role)
    {
        var field = Summary!.Fields.FirstOrDefault(f => f.Role == role && f.Type == ResponseFieldType.Integer);
        return field is null ? "null" : "result." + Names.SummaryInfo + "." + field.Name;
    }
}
