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

    public static ComplexFilter Normalize(FilterNode node) => new(ToGroups(node, negated: false));

    public static ComplexFilter Combine(ComplexFilter left, ComplexFilter right) =>
        new(Cross(left.Groups, right.Groups));

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
        return left.Concat(right).ToArray();
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
                // A condition written twice in one AND group says nothing new; keep the first.
                groups.Add(l.Concat(r).Distinct().ToArray());
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
