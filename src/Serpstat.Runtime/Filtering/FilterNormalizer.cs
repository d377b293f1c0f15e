using System;
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

    public static ComplexFilter Normalize(FilterNode node) =>
        new(IsOrOfAnds(node, insideAnd: false, depth: 0) ? Flatten(node) : ToGroups(node, negated: false));

    public static ComplexFilter Combine(ComplexFilter left, ComplexFilter right) =>
        new(Cross(left.Groups, right.Groups));

    /// <summary>
    /// Whether the filter is written in the API's form already: no NOT, and no OR under an AND. Most filters are
    /// (<c>a &amp;&amp; b || c</c>); they need no distribution and are read off in one pass.
    /// </summary>
    private static bool IsOrOfAnds(FilterNode node, bool insideAnd, int depth) => depth < 64 && node switch
    {
        FilterNode.Condition => true,
        FilterNode.And both => IsOrOfAnds(both.Left, true, depth + 1) && IsOrOfAnds(both.Right, true, depth + 1),
        FilterNode.Or either => !insideAnd
                                && IsOrOfAnds(either.Left, false, depth + 1)
                                && IsOrOfAnds(either.Right, false, depth + 1),
        _ => false,
    };

    /// <summary>
    /// The groups of a filter that <see cref="IsOrOfAnds"/> accepts, in written order, duplicates dropped.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<FilterCondition>> Flatten(FilterNode node)
    {
        var terms = new List<FilterNode>();
        Collect(node, isOr: true, terms);
        CheckSize(terms.Count);
        var groups = new IReadOnlyList<FilterCondition>[terms.Count];
        var conditions = new List<FilterNode>();
        for (var i = 0; i < groups.Length; i++)
        {
            conditions.Clear();
            Collect(terms[i], isOr: false, conditions);
            var group = new FilterCondition[conditions.Count];
            var count = 0;
            foreach (FilterNode.Condition condition in conditions)
            {
                if (Array.IndexOf(group, condition.Value, 0, count) < 0)
                {
                    group[count++] = condition.Value;
                }
            }

            if (count < group.Length)
            {
                Array.Resize(ref group, count);
            }

            groups[i] = group;
        }

        return groups;
    }

    /// <summary>The operands of a chain of ORs (or of ANDs), left to right.</summary>
    private static void Collect(FilterNode node, bool isOr, List<FilterNode> into)
    {
        switch (node)
        {
            case FilterNode.Or either when isOr:
                Collect(either.Left, isOr, into);
                Collect(either.Right, isOr, into);
                break;
            case FilterNode.And both when !isOr:
                Collect(both.Left, isOr, into);
                Collect(both.Right, isOr, into);
                break;
            default:
                into.Add(node);
                break;
        }
    }

    // A condition written twice in one AND group says nothing new; keep the first.
    private static void AddDistinct(List<FilterCondition> group, FilterCondition condition)
    {
        foreach (var present in group)
        {
            if (present.Equals(condition))
            {
                return;
            }
        }

        group.Add(condition);
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
            case FilterNode.Condition condition:
                return negated ? Negate(condition.Value) : new[] { new[] { condition.Value } };
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
                var group = new List<FilterCondition>(l.Count + r.Count);
                foreach (var condition in l)
                {
                    AddDistinct(group, condition);
                }

                foreach (var condition in r)
                {
                    AddDistinct(group, condition);
                }

                groups.Add(group.ToArray());
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
