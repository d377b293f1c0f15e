using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>The C# type of a response member, and how it is read.</summary>
internal static class ResponseTypes
{
    /// <summary>Whether the property may be null: the member may be missing, or the API may send null.</summary>
    public static bool IsOptional(ResponseFieldModel field) => !field.Required || field.Nullable;

    public static bool IsValueType(ResponseFieldModel field) =>
        field.Type is not (ResponseFieldType.String or ResponseFieldType.StringArray);

    /// <summary>The type without nullability.</summary>
    public static string Of(EmitContext context, ResponseFieldModel field) => field.Type switch
    {
        ResponseFieldType.String => "string",
        ResponseFieldType.Integer => "long",
        ResponseFieldType.Number => "double",
        ResponseFieldType.Boolean => "bool",
        ResponseFieldType.DateTime => "global::System.DateTime",
        ResponseFieldType.Enum => EmitContext.Runtime + ".Protocol.WireEnum<" + context.Nested(field.TypeName!) + ">",
        ResponseFieldType.Flags => EmitContext.Runtime + ".Protocol.WireFlags<" + context.Nested(field.TypeName!) + ">",
        _ => ParamTypes.StringList,
    };

    /// <summary>The property type: <see cref="Of"/>, made nullable when the value may be absent.</summary>
    public static string Property(EmitContext context, ResponseFieldModel field) =>
        IsOptional(field) ? Nullable(context, field) : Of(context, field);

    /// <summary>The type with nullability, as the reader's local variable holds it.</summary>
    public static string Nullable(EmitContext context, ResponseFieldModel field) =>
        IsValueType(field) ? Of(context, field) + "?" : context.MaybeNull(Of(context, field));

    /// <summary>The expression that reads the value at the reader's position.</summary>
    public static string Read(EmitContext context, ResponseFieldModel field, string path)
    {
        var optional = IsOptional(field);
        var reader = EmitContext.Runtime + ".Protocol.JsonValueReader.";
        var args = "(ref reader, " + path + ")";
        var isNull = "reader.TokenType == " + EmitContext.Json + ".JsonTokenType.Null ? default("
                     + Nullable(context, field) + ") : ";
        switch (field.Type)
        {
            case ResponseFieldType.Enum or ResponseFieldType.Flags:
                var parse = Names.Wire + ".To" + field.TypeName + "(" + reader + "ReadString(ref reader, " + path + ", "
                            + Names.Wire + "." + VocabularyEmitter.TextsName(field) + "))";
                return optional ? isNull + parse : parse;
            case ResponseFieldType.StringArray:
                return optional ? isNull + reader + "ReadStringArray" + args : reader + "ReadStringArray" + args;
            default:
                var name = field.Type switch
                {
                    ResponseFieldType.String => "String",
                    ResponseFieldType.Integer => "Int64",
                    ResponseFieldType.Number => "Double",
                    ResponseFieldType.Boolean => "Boolean",
                    _ => "DateTime",
                };
                return reader + "Read" + (optional ? "Nullable" : string.Empty) + name + args;
        }
    }
}
