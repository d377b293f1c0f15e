using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>
/// What every emitter of one method needs: the model, and whether the consumer's C# has nullable annotations.
/// </summary>
/// <param name="Annotate">
/// True from C# 8 on: reference types get <c>?</c> and files get <c>#nullable enable</c>.
/// </param>
internal sealed record EmitContext(MethodModel Method, bool Annotate)
{
    public const string Runtime = "global::Serpstat";

    public const string Json = "global::System.Text.Json";

    public string Class => "global::" + Method.Namespace + "." + Method.Name;

    /// <summary>The fully qualified name of a type nested in the method's class.</summary>
    public string Nested(string typeName) => Class + "." + typeName;

    public string FilterOf => Runtime + ".Filtering.Filter<" + Nested(Names.FilterFields) + ">";

    /// <summary>The method's first param of <paramref name="type"/>; callers check that there is one.</summary>
    public ParamModel Param(ParamType type) => Method.Params.First(p => p.Type == type);

    /// <summary><paramref name="type"/> as a reference type that may be null.</summary>
    public string MaybeNull(string type) => Annotate ? type + "?" : type;
}
