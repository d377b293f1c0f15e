using System;
using System.Collections.Generic;

namespace Serpstat.Generator.Schema;

/// <summary>Turns an unknown member name into a hint: the known member it is likely a typo of, or the list.</summary>
internal static class MemberSuggestion
{
    private const int MaxTypoDistance = 2;

    public static string For(string unknown, IReadOnlyList<string> knownMembers)
    {
        string? best = null;
        var bestDistance = MaxTypoDistance + 1;
        foreach (var known in knownMembers)
        {
            var distance = string.Equals(known, unknown, StringComparison.OrdinalIgnoreCase)
                ? 0
                : Distance(known, unknown);
            if (distance < bestDistance)
            {
                best = known;
                bestDistance = distance;
            }
        }

        return best is null
            ? "known members are " + string.Join(", ", knownMembers)
            : "did you mean '" + best + "'?";
    }

    /// <summary>Edit distance; the names compared are member names, so the quadratic cost is small.</summary>
    private static int Distance(string left, string right)
    {
        if (Math.Abs(left.Length - right.Length) > MaxTypoDistance)
        {
            return MaxTypoDistance + 1;
        }

        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var substitution = previous[j - 1] + (left[i - 1] == right[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Length];
    }
}
