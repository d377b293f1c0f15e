using System;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>The API's eleven filter compare types and which of them make sense for each kind of field.</summary>
internal static class CompareTypes
{
    public static readonly string[] All =
    {
        "gt", "lt", "gte", "lte", "eq", "neq", "between", "contains", "notContains", "startsWith", "endsWith",
    };

    private static readonly string[] Ordered = { "gt", "lt", "gte", "lte", "eq", "neq", "between" };

    private static readonly string[] Textual = { "eq", "neq", "contains", "notContains", "startsWith", "endsWith" };

    // An enum field matches whole values: contains means "any of these values", never a substring.
    private static readonly string[] Choice = { "eq", "neq", "contains", "notContains" };

    public static bool IsKnown(string compareType) => Array.IndexOf(All, compareType) >= 0;

    public static string[] AllowedFor(FilterFieldKind kind) => kind switch
    {
        FilterFieldKind.Text => Textual,
        FilterFieldKind.Enum => Choice,
        _ => Ordered,
    };
}
