using System;
using System.Collections.Generic;

namespace Serpstat.Filtering;

/// <summary>The wire spelling of each compare type, the one place it is written.</summary>
public static class CompareTypeNames
{
    private static readonly string[] Names =
    {
        "gt", "lt", "gte", "lte", "eq", "neq", "between", "contains", "notContains", "startsWith", "endsWith",
    };

    /// <summary>The wire name of <paramref name="compareType"/>, such as <c>notContains</c>.</summary>
    public static string ToWire(CompareType compareType) => Names[(int)compareType];

    /// <summary>Finds the compare type whose wire name is exactly <paramref name="wire"/>.</summary>
    public static bool TryParse(string? wire, out CompareType compareType)
    {
        var index = Array.IndexOf(Names, wire);
        compareType = (CompareType)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Whether <paramref name="set"/> holds <paramref name="compareType"/>.</summary>
    public static bool Contains(CompareTypes set, CompareType compareType) =>
        (set & (CompareTypes)(1 << (int)compareType)) != 0;

    /// <summary>The wire names in <paramref name="set"/>, in declaration order, joined by ", ".</summary>
    public static string Describe(CompareTypes set)
    {
        var names = new List<string>();
        for (var i = 0; i < Names.Length; i++)
        {
            if (Contains(set, (CompareType)i))
            {
                names.Add(Names[i]);
            }
        }

        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
