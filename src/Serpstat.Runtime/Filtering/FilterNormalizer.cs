using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Serpstat.Filtering;

/// <summary>
/// Turns a written filter into the API's OR-of-AND form: negations are pushed down to the conditions (each becomes
/// its opposite compare type) and AND is distributed over OR. The result is equivalent to the written expression.
/// </summary>
internal static class FilterNormalizer
{
    /// <summary>
    /// The most OR groups a filter may expand to. Distributing AND over OR can grow a filter exponentially; past this
    /// size it is a mistake, not a query, and an exception beats a hang or a request the API refuses.
    /// </summary>
    public const int MaxGroups = 1024;

    /// <summary>
    /// The filter in the API's form. One already written so, with no condition repeated in a group, is kept as
    /// written: its groups are read off when asked for, and writing it needs no arrays at all.
    /// </summary>
    public static ComplexFilter Normalize(FilterNode node)
    {
        var mayRepeat = false;
        var groups = OrOfAndsGroups(node, depth: 0, ref mayRepeat);
        if (groups < 0)
        {
            return new ComplexFilter(ToGroups(node, negated: false));
        }

        CheckSize(groups);
        return mayRepeat && RepeatsCondition(node) ? new ComplexFilter(Flatten(node)) : new ComplexFilter(node);
    }

    public static ComplexFilter Combine(ComplexFilter left, ComplexFilter right) =>
        new(Cross(left.Groups, right.Groups));

    /// <summary>
    /// The number of groups of a filter written in the API's form already (no NOT, and no OR under an AND), or -1.
    /// Most filters are (<c>a &amp;&amp; b || c</c>): they need no distribution. Notes whether a group may hold a
    /// condition twice, so that only then are its conditions compared in full.
    /// </summary>
    private static int OrOfAndsGroups(FilterNode node, int depth, ref bool mayRepeat)
    {
        if (depth >= 64)
        {
            return -1;
        }

        if (node is FilterNode.Or either)
        {
            var left = OrOfAndsGroups(either.Left, depth + 1, ref mayRepeat);
            var right = left < 0 ? -1 : OrOfAndsGroups(either.Right, depth + 1, ref mayRepeat);
            return right < 0 ? -1 : left + right;
        }

        var signatures = 0UL;
        return IsAndOfConditions(node, depth, ref signatures, ref mayRepeat) ? 1 : -1;
    }

    private static bool IsAndOfConditions(FilterNode node, int depth, ref ulong signatures, ref bool mayRepeat)
    {
        switch (node)
        {
            case FilterCondition condition:
                var bit = 1UL << Signature(condition);
                mayRepeat |= (signatures & bit) != 0;
                signatures |= bit;
                return true;
            case FilterNode.And both:
                return depth < 64
                       && IsAndOfConditions(both.Left, depth + 1, ref signatures, ref mayRepeat)
                       && IsAndOfConditions(both.Right, depth + 1, ref signatures, ref mayRepeat);
            default:
                return false;
        }
    }

    /// <summary>
    /// One of 64 buckets, from what equality compares: equal conditions always share one, so conditions in different
    /// buckets need no full comparison.
    /// </summary>
    private static int Signature(FilterCondition condition)
    {
        var name = condition.Field.WireName;
        var mixed = name.Length == 0
            ? (uint)condition.CompareType
            : ((((uint)name.Length * 31) + name[0]) * 31 + name[name.Length - 1]) * 31 + (uint)condition.CompareType;
        return (int)((mixed * 2654435769u) >> 26);
    }

    /// <summary>
    /// The groups of a filter that <see cref="OrOfAndsGroups"/> accepts, in written order, duplicates dropped. Counted
    /// first, so that every array is made once at its size: this runs for every query built.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<FilterCondition>> Flatten(FilterNode node)
    {
        var count = Count(node, isOr: true);
        var groups = new FilterCondition[count][];
        var next = 0;
        AddGroups(node, groups, ref next);
        return groups;
    }

    /// <summary>The operands of a chain of ORs (or of ANDs).</summary>
    private static int Count(FilterNode node, bool isOr) => node switch
    {
        FilterNode.Or either when isOr => Count(either.Left, isOr) + Count(either.Right, isOr),
        FilterNode.And both when !isOr => Count(both.Left, isOr) + Count(both.Right, isOr),
        _ => 1,
    };

    /// <summary>Whether a group of a filter <see cref="OrOfAndsGroups"/> accepts holds a condition twice.</summary>
    private static bool RepeatsCondition(FilterNode node)
    {
        if (node is FilterNode.Or either)
        {
            return RepeatsCondition(either.Left) || RepeatsCondition(either.Right);
        }

        var count = Count(node, isOr: false);
        if (count == 1)
        {
            return false;
        }

        // Pooled: most filters repeat nothing, and checking must not cost what keeping them as written saves.
        var group = ArrayPool<FilterCondition>.Shared.Rent(count);
        try
        {
            var added = 0;
            AddConditions(node, group, ref added);
            return added < count;
        }
        finally
        {
            ArrayPool<FilterCondition>.Shared.Return(group, clearArray: true);
        }
    }

    private static void AddGroups(FilterNode node, FilterCondition[][] groups, ref int next)
    {
        if (node is FilterNode.Or either)
        {
            AddGroups(either.Left, groups, ref next);
            AddGroups(either.Right, groups, ref next);
            return;
        }

        var group = new FilterCondition[Count(node, isOr: false)];
        var count = 0;
        AddConditions(node, group, ref count);
        if (count < group.Length)
        {
            Array.Resize(ref group, count);
        }

        groups[next++] = group;
    }

    private static void AddConditions(FilterNode node, FilterCondition[] group, ref int count)
    {
        if (node is FilterNode.And both)
        {
            AddConditions(both.Left, group, ref count);
            AddConditions(both.Right, group, ref count);
        }
        else if (!Holds(group, count, (FilterCondition)node))
        {
            group[count++] = (FilterCondition)node;
        }
    }

    private static bool Holds(FilterCondition[] group, int count, FilterCondition condition)
    {
        // Compare types tell most conditions apart before the full comparison is called.
        for (var i = 0; i < count; i++)
        {
            if (group[i].CompareType == condition.CompareType && group[i].Equals(condition))
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<IReadOnlyList<FilterCondition>> ToGroups(FilterNode node, bool negated)
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }
        catch (InsufficientExecutionStackException)
        {
            throw new SerpstatFilterException("The filter expression is nested too deeply to normalise.");
        }

        switch (node)
        {
            case FilterCondition condition:
                return negated ? Negate(condition) : new[] { new[] { condition } };
            case FilterNode.Not not:
                return ToGroups(not.Operand, !negated);
            case FilterNode.And and:
                var andLeft = ToGroups(and.Left, negated);
                var andRight = ToGroups(and.Right, negated);
                return negated ? Concat(andLeft, andRight) : Cross(andLeft, andRight);
            case FilterNode.Or or:
                var orLeft = ToGroups(or.Left, negated);
                var orRight = ToGroups(or.Right, negated);
                return negated ? Cross(orLeft, orRight) : Concat(orLeft, orRight);
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown filter node.");
        }
    }

    /// <summary>NOT of one condition, in OR-of-AND form. Every compare type but two has an exact opposite.</summary>
    private static IReadOnlyList<IReadOnlyList<FilterCondition>> Negate(FilterCondition condition)
    {
        if (condition.IsQuickFilter)
        {
            throw new SerpstatFilterException(
                $"The filter NOT ({condition}) cannot be sent: the API has no opposite of a quick filter.");
        }

        var values = condition.Values.ToArray();
        if (condition.CompareType == CompareType.Between)
        {
            return new[]
            {
                new[] { Opposite(condition, CompareType.Lt, values[0]) },
                new[] { Opposite(condition, CompareType.Gt, values[1]) },
            };
        }

        CompareType? opposite = condition.CompareType switch
        {
            CompareType.Gt => CompareType.Lte,
            CompareType.Gte => CompareType.Lt,
            CompareType.Lt => CompareType.Gte,
            CompareType.Lte => CompareType.Gt,
            CompareType.Eq => CompareType.Neq,
            CompareType.Neq => CompareType.Eq,
            CompareType.Contains => CompareType.NotContains,
            CompareType.NotContains => CompareType.Contains,
            _ => null,
        };
        if (opposite is null)
        {
            throw new SerpstatFilterException(
                $"The filter NOT ({condition}) cannot be sent: the API has no opposite of "
                + $"'{CompareTypeNames.ToWire(condition.CompareType)}'. Rewrite the filter without negating it.");
        }

        return new[] { new[] { Opposite(condition, opposite.Value, values) } };
    }

    private static FilterCondition Opposite(FilterCondition condition, CompareType compareType, params string[] values)
    {
        if (!condition.Field.Allows(compareType))
        {
            throw new SerpstatFilterException(
                $"The filter NOT ({condition}) needs compare type '{CompareTypeNames.ToWire(compareType)}', "
                + $"which field '{condition.Field.WireName}' does not allow; it allows: "
                + $"{CompareTypeNames.Describe(condition.Field.Allowed)}.");
        }

        return new FilterCondition(condition.Field, compareType, values);
    }

    private static IReadOnlyList<IReadOnlyList<FilterCondition>> Concat(
        IReadOnlyList<IReadOnlyList<FilterCondition>> left,
        IReadOnlyList<IReadOnlyList<FilterCondition>> right)
    {
        CheckSize(left.Count + right.Count);
        var groups = new IReadOnlyList<FilterCondition>[left.Count + right.Count];
        for (var i = 0; i < left.Count; i++)
        {
            groups[i] = left[i];
        }

        for (var i = 0; i < right.Count; i++)
        {
            groups[left.Count + i] = right[i];
        }

        return groups;
    }

    private static IReadOnlyList<IReadOnlyList<FilterCondition>> Cross(
        IReadOnlyList<IReadOnlyList<FilterCondition>> left,
        IReadOnlyList<IReadOnlyList<FilterCondition>> right)
    {
        CheckSize((long)left.Count * right.Count);
        var groups = new List<IReadOnlyList<FilterCondition>>(left.Count * right.Count);
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                // A condition in both halves says nothing new the second time; the first is kept.
                var group = new FilterCondition[l.Count + r.Count];
                var count = 0;
                foreach (var condition in l.Concat(r))
                {
                    if (!Holds(group, count, condition))
                    {
                        group[count++] = condition;
                    }
                }

                Array.Resize(ref group, count);
                groups.Add(group);
            }
        }

        return groups;
    }

    private static void CheckSize(long groups)
    {
        if (groups > MaxGroups)
        {
            throw new SerpstatFilterException(
                $"The filter expands to {groups} OR groups in the API's form, more than the {MaxGroups} allowed. "
                + "Simplify it, for example by using a set of values in one condition.");
        }
    }
}
