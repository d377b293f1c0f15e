using Microsoft.CodeAnalysis.CSharp;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>The C# names and metadata a request param gets in generated code.</summary>
internal static class ParamNames
{
    /// <summary>The camel-case parameter name, escaped with <c>@</c> when it is a keyword.</summary>
    public static string Local(ParamModel param)
    {
        var name = char.ToLowerInvariant(param.Name[0]) + param.Name.Substring(1);
        return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
    }

    /// <summary>The <c>[SerpstatParam]</c> attribute that tells the analyzers which param a member sets.</summary>
    public static string Attribute(ParamModel param)
    {
        var text = "[global::Serpstat.Metadata.SerpstatParam(" + CSharpLiterals.String(param.Wire);
        if (param.Role != ParamRole.None)
        {
            text += ", Role = " + CSharpLiterals.String(RoleName(param.Role));
        }

        if (param.Minimum is not null)
        {
            text += ", Minimum = " + CSharpLiterals.Long(param.Minimum.Value);
        }

        if (param.Maximum is not null)
        {
            text += ", Maximum = " + CSharpLiterals.Long(param.Maximum.Value);
        }

        if (param.DefaultJson is not null)
        {
            text += ", Default = " + CSharpLiterals.String(param.DefaultJson);
        }

        return text + ")]";
    }

    private static string RoleName(ParamRole role)
    {
        var name = role.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
