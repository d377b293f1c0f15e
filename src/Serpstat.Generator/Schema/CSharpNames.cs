using Microsoft.CodeAnalysis.CSharp;

namespace Serpstat.Generator.Schema;

/// <summary>Checks that schema names can stand in generated code as written.</summary>
internal static class CSharpNames
{
    /// <summary>Why the name is not a usable C# identifier, or null when it is.</summary>
    public static string? IdentifierProblem(string name)
    {
        if (name.Length == 0)
        {
            return "it is empty";
        }

        if (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None)
        {
            return "it is a C# keyword";
        }

        return SyntaxFacts.IsValidIdentifier(name)
            ? null
            : "use letters, digits and '_' only, and do not start with a digit";
    }

    /// <summary>Why the dotted name is not a usable C# namespace, or null when it is.</summary>
    public static string? NamespaceProblem(string name)
    {
        foreach (var part in name.Split('.'))
        {
            var problem = IdentifierProblem(part);
            if (problem is not null)
            {
                return "its part '" + part + "' is not an identifier: " + problem;
            }
        }

        return null;
    }
}
