using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>Writes the request class: required params in the constructor, a fluent method per optional param.</summary>
internal static class RequestEmitter
{
    public static string Write(EmitContext context) =>
        FileEmitter.Write(context, writer => WriteRequest(writer, context));

    private static void WriteRequest(SourceWriter writer, EmitContext context)
    {
        var method = context.Method;
        var paging = PagingShape.Of(method);
        var baseType = EmitContext.Runtime + ".Protocol.SerpstatRequest<" + context.Nested(Names.Result) + ">";
        if (paging is not null)
        {
            baseType += ", " + paging.Interface(context);
        }

        writer.Summary("A request of " + method.Method + ". It is immutable: each With method and Where returns a "
                       + "new request. Unset optional params are not sent: the API applies its defaults.");
        FileEmitter.GeneratedCode(writer);
        using (writer.Block("public sealed partial class " + Names.Request + " : " + baseType))
        {
            WriteConstructors(writer, context);
            WriteProperties(writer, context);
            foreach (var param in method.Params.Where(p => !p.Required && p.Type != ParamType.ComplexFilter))
            {
                writer.Line();
                WriteWithMethod(writer, context, param);
            }

            if (method.Filter is not null && method.Params.Any(p => p.Type == ParamType.ComplexFilter))
            {
                writer.Line();
                WriteWhere(writer, context);
                if (FilterRowEmitter.Applies(method))
                {
                    writer.Line();
                    FilterRowEmitter.WriteMatches(writer, context);
                }
            }

            writer.Line();
            RequestWriterEmitter.WriteParams(writer, context);
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line("public override " + EmitContext.Runtime + ".Protocol.SerpstatResponse<"
                        + context.Nested(Names.Result) + "> ParseResponse(global::System.ReadOnlySpan<byte> utf8Json)");
            writer.Line("    => " + EmitContext.Runtime + ".Protocol.JsonRpcEnvelope.Read(utf8Json, "
                        + (ResponseReaderEmitter.SummaryAtRoot(context)
                            ? Names.Wire + ".ResultDataReader, " + Names.Wire + ".RootSummaryReader, " + Names.Wire
                              + ".JoinResult);"
                            : Names.Wire + ".ResultReader);"));
            paging?.WriteMembers(writer, context);
        }
    }

    private static void WriteConstructors(SourceWriter writer, EmitContext context)
    {
        var required = context.Method.Params.Where(p => p.Required).ToList();
        writer.Summary("Creates a request with its required params.");
        foreach (var param in required)
        {
            writer.Param(ParamNames.Local(param), param.Description);
        }

        var parameters = string.Join(", ", required.Select(p => ParamNames.Attribute(p) + " "
                                                                + ParamTypes.Of(context, p) + " "
                                                                + ParamNames.Local(p)));
        using (writer.Block("public " + Names.Request + "(" + parameters + ")"))
        {
            foreach (var param in required)
            {
                var local = ParamNames.Local(param);
                writer.Line(param.Name + " = " + ValueCheck(context, param, local) + ";");
            }

            if (QueryCheck.InConstructor(context.Method) is { } searchType)
            {
                writer.Line(Names.Wire + ".CheckQuery(Query, " + searchType + ");");
            }
        }

        writer.Line();
        using (writer.Block("private " + Names.Request + "(" + context.Nested(Names.Request) + " other)"))
        {
            foreach (var param in context.Method.Params)
            {
                writer.Line(param.Name + " = other." + param.Name + ";");
            }
        }
    }

    private static void WriteProperties(SourceWriter writer, EmitContext context)
    {
        foreach (var param in context.Method.Params)
        {
            writer.Line();
            var type = ParamTypes.Of(context, param);
            if (param.Required)
            {
                writer.Summary(param.Description);
                writer.Line("public " + type + " " + param.Name + " { get; }");
                continue;
            }

            var unset = param.Type == ParamType.ComplexFilter
                ? " Null until Where is called: no filter is sent."
                : param.DefaultJson is null
                    ? " Null until set; the API then applies its default."
                    : " Null until set; the API's default is " + param.DefaultJson + ".";
            writer.Summary(param.Description + unset);
            var optionalType = ParamTypes.IsValueType(param) ? type + "?" : context.MaybeNull(type);
            writer.Line("public " + optionalType + " " + param.Name + " { get; private set; }");
        }

        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("public override string MethodName => " + context.Class + ".MethodName;");
    }

    private static void WriteWithMethod(SourceWriter writer, EmitContext context, ParamModel param)
    {
        writer.Summary("Sets " + param.Wire + ". " + param.Description);
        writer.Param("value", param.Description);
        writer.Line("/// <returns>A copy of this request with the value set; this request is unchanged.</returns>");
        writer.Line(ParamNames.Attribute(param));
        using (writer.Block("public " + context.Nested(Names.Request) + " With" + param.Name + "("
                            + ParamTypes.Of(context, param) + " value)"))
        {
            writer.Line("var copy = new " + context.Nested(Names.Request) + "(this);");
            writer.Line("copy." + param.Name + " = " + ValueCheck(context, param, "value") + ";");
            if (param.Role == ParamRole.SearchType && QueryCheck.Applies(context.Method))
            {
                writer.Line(Names.Wire + ".CheckQuery(copy.Query, value);");
            }

            if (param.Role is ParamRole.Page or ParamRole.Size)
            {
                WriteRowCapCheck(writer, context, "copy");
            }

            writer.Line("return copy;");
        }
    }

    /// <summary>The check that a page and size stay within the method's row cap, when it has one.</summary>
    public static void WriteRowCapCheck(SourceWriter writer, EmitContext context, string request)
    {
        if (PagingShape.Of(context.Method) is { } paging && context.Method.MaxRows is not null)
        {
            writer.Line(Names.Wire + ".CheckRowCap(" + request + "." + paging.Page.Name + ", " + request + "."
                        + paging.Size.Name + ");");
        }
    }

    private static void WriteWhere(SourceWriter writer, EmitContext context)
    {
        var fields = context.Nested(Names.FilterFields);
        var filter = context.Param(ParamType.ComplexFilter);
        writer.Summary("Adds a filter, written over the method's filter fields with &&, || and !. Several calls AND "
                       + "together.");
        writer.Param("predicate", "Builds the filter from the fields, such as f => f.UrlFrom.Contains(\"blog\").");
        writer.Line("/// <returns>A copy of this request with the filter added; this request is unchanged.</returns>");
        writer.Line("/// <exception cref=\"global::Serpstat.Filtering.SerpstatFilterException\">The filter cannot be "
                    + "sent as the API's complexFilter.</exception>");
        writer.Line(ParamNames.Attribute(filter));
        using (writer.Block("public " + context.Nested(Names.Request) + " Where(global::System.Func<" + fields + ", "
                            + context.FilterOf + "> predicate)"))
        {
            writer.Line("if (predicate == null) throw new global::System.ArgumentNullException(nameof(predicate));");
            writer.Line("var written = predicate(" + fields + ".Instance);");
            writer.Line("if (written.IsEmpty) throw new global::System.ArgumentException("
                        + "\"The filter predicate returned an empty filter (default).\", nameof(predicate));");
            writer.Line("var added = written.ToComplexFilter();");
            writer.Line("var copy = new " + context.Nested(Names.Request) + "(this);");
            writer.Line("copy." + filter.Name + " = " + filter.Name + " == null ? added : "
                        + filter.Name + ".And(added);");
            writer.Line("return copy;");
        }
    }

    /// <summary>The expression that checks a param value before it is stored.</summary>
    internal static string ValueCheck(EmitContext context, ParamModel param, string local)
    {
        if (!ParamTypes.IsValueType(param))
        {
            return local + " ?? throw new global::System.ArgumentNullException(nameof(" + local + "))";
        }

        if (param.Type == ParamType.Integer && (param.Minimum is not null || param.Maximum is not null))
        {
            return Names.Wire + ".Check" + param.Name + "(" + local + ")";
        }

        return param.Type == ParamType.Enum ? Names.Wire + ".Check" + param.Name + "(" + local + ")" : local;
    }
}
