using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>The names of the members of the private <c>Wire</c> class that hold encoded wire names.</summary>
internal static class WireNames
{
    /// <summary>The pre-encoded property name a param is written with.</summary>
    public static string Param(ParamModel param) => "Param" + param.Name;

    /// <summary>The UTF-8 bytes a response member is recognised by.</summary>
    public static string Member(string owner, ResponseFieldModel field) => owner + field.Name + "Name";
}
