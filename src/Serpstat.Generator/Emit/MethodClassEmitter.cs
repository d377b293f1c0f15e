using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>Writes the method's class: its name, limits, the query factory and the enums of its params.</summary>
internal static class MethodClassEmitter
{
    public static string Write(EmitContext context) =>
        FileEmitter.Write(context, writer => WriteMembers(writer, context), writer => WriteHeader(writer, context));

    private static void WriteHeader(SourceWriter writer, EmitContext context)
    {
        var method = context.Method;
        writer.Summary(method.Description);
        writer.Line("/// <remarks>API method <c>" + SourceWriter.Xml(method.Method) + "</c>.</remarks>");
        FileEmitter.GeneratedCode(writer);
        var maxRows = method.MaxRows is null
            ? string.Empty
            : ", MaxRows = " + CSharpLiterals.Long(method.MaxRows.Value);
        writer.Line("[global::Serpstat.Metadata.SerpstatMethod(" + CSharpLiterals.String(method.Method)
                    + maxRows + ")]");
    }

    private static void WriteMembers(SourceWriter writer, EmitContext context)
    {
        var method = context.Method;
        writer.Summary("The wire method name.");
        writer.Line("public const string MethodName = " + CSharpLiterals.String(method.Method) + ";");
        if (method.MaxRows is not null)
        {
            writer.Line();
            writer.Summary("The most rows the API returns for one query over all pages.");
            writer.Line("public const long MaxRows = " + CSharpLiterals.Long(method.MaxRows.Value) + ";");
        }

        writer.Line();
        WriteFactory(writer, context);
        foreach (var param in method.Params.Where(p => p.Type == ParamType.Enum))
        {
            writer.Line();
            EnumEmitter.WriteRequestEnum(writer, param.TypeName!, param.Description, param.Values);
        }
    }

    private static void WriteFactory(SourceWriter writer, EmitContext context)
    {
        var required = context.Method.Params.Where(p => p.Required).ToList();
        writer.Summary("Starts a query of " + context.Method.Method + " with its required params.");
        foreach (var param in required)
        {
            writer.Param(ParamNames.Local(param), param.Description);
        }

        writer.Line("/// <returns>A request to refine with its fluent methods and send.</returns>");
        var parameters = string.Join(", ", required.Select(p => ParamNames.Attribute(p) + " "
                                                                + ParamTypes.Of(context, p) + " "
                                                                + ParamNames.Local(p)));
        var arguments = string.Join(", ", required.Select(ParamNames.Local));
        writer.Line("public static " + context.Nested(Names.Request) + " Query(" + parameters + ")");
        writer.Line("    => new " + context.Nested(Names.Request) + "(" + arguments + ");");
    }
}
