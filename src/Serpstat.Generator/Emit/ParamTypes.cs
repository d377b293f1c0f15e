using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>The C# type a request param has.</summary>
internal static class ParamTypes
{
    public const string StringList = "global::System.Collections.Generic.IReadOnlyList<string>";

    public static string Of(EmitContext context, ParamModel param) => param.Type switch
    {
        ParamType.String => "string",
        ParamType.Integer => IsInt32(param) ? "int" : "long",
        ParamType.Boolean => "bool",
        ParamType.Enum => context.Nested(param.TypeName!),
        ParamType.StringArray => StringList,
        _ => EmitContext.Runtime + ".Filtering.ComplexFilter",
    };

    /// <summary>Whether a value of this type is a struct, so that an unset optional value is <c>T?</c>.</summary>
    public static bool IsValueType(ParamModel param) =>
        param.Type is ParamType.Integer or ParamType.Boolean or ParamType.Enum;

    /// <summary>
    /// Page and size are <c>int</c>, as the paging interface has them; other integers are <c>long</c>.
    /// </summary>
    public static bool IsInt32(ParamModel param) => param.Role is ParamRole.Page or ParamRole.Size;
}
