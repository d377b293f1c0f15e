using System.Collections.Generic;

namespace Serpstat.Generator.Emit;

/// <summary>The DSL method each compare type becomes, and what it means, for the generated filter fields.</summary>
internal static class CompareTypeMembers
{
    private static readonly Dictionary<string, (string Method, string Meaning)> Members = new()
    {
        ["gt"] = ("Gt", "greater than"),
        ["lt"] = ("Lt", "less than"),
        ["gte"] = ("Gte", "greater than or equal to"),
        ["lte"] = ("Lte", "less than or equal to"),
        ["eq"] = ("Eq", "equal to"),
        ["neq"] = ("Neq", "not equal to"),
        ["between"] = ("Between", "between the two bounds, both included"),
        ["contains"] = ("Contains", "containing"),
        ["notContains"] = ("NotContains", "not containing"),
        ["startsWith"] = ("StartsWith", "starting with"),
        ["endsWith"] = ("EndsWith", "ending with"),
    };

    /// <summary>The C# method name, which is also the runtime's <c>CompareType</c> member name.</summary>
    public static string Method(string wire) => Members[wire].Method;

    public static string Meaning(string wire) => Members[wire].Meaning;
}
