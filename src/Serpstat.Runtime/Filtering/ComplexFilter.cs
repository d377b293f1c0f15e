using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Serpstat.Filtering;

/// <summary>
/// A filter in the API's <c>complexFilter</c> form: the outer list is OR, each inner group is AND.
/// </summary>
public sealed class ComplexFilter
{
    internal ComplexFilter(IReadOnlyList<IReadOnlyList<FilterCondition>> groups) => Groups = groups;

    /// <summary>
    /// A filter from conditions already grouped in the API's form, such as one read back from a request's JSON.
    /// </summary>
    /// <exception cref="ArgumentException">A group is empty, or there are no groups.</exception>
    public static ComplexFilter Of(IEnumerable<IEnumerable<FilterCondition>> groups)
    {
        if (groups is null)
        {
            throw new ArgumentNullException(nameof(groups));
        }

        var copied = groups
            .Select(g => (IReadOnlyList<FilterCondition>)(g?.ToArray() ?? Array.Empty<FilterCondition>()))
            .ToArray();
        if (copied.Length == 0 || copied.Any(g => g.Count == 0 || g.Any(c => c is null)))
        {
            throw new ArgumentException(
                "A filter needs at least one group, and every group at least one condition.",
                nameof(groups));
        }

        return new ComplexFilter(copied);
    }

    /// <summary>The OR groups; each holds conditions that must all hold.</summary>
    public IReadOnlyList<IReadOnlyList<FilterCondition>> Groups { get; }

    /// <summary>Both filters hold: every group of one combined with every group of the other.</summary>
    public ComplexFilter And(ComplexFilter other) =>
        FilterNormalizer.Combine(this, other ?? throw new ArgumentNullException(nameof(other)));

    /// <summary>
    /// Writes the filter as the value of <c>complexFilter</c>: an array of arrays of condition objects.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var group in Groups)
        {
            writer.WriteStartArray();
            foreach (var condition in group)
            {
                writer.WriteStartObject();
                if (condition.IsQuickFilter)
                {
                    writer.WriteString(FilterJsonNames.AdditionalFilters, condition.Field.WireName);
                    writer.WriteEndObject();
                    continue;
                }

                writer.WriteString(FilterJsonNames.Field, condition.Field.WireName);
                writer.WriteString(FilterJsonNames.CompareType, CompareTypeNames.ToWire(condition.CompareType));
                writer.WriteStartArray(FilterJsonNames.Value);
                foreach (var value in condition.Values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    /// <summary>The filter as <c>(a AND b) OR (c)</c>, for messages and logs.</summary>
    public override string ToString() =>
        string.Join(" OR ", Groups.Select(g => "(" + string.Join(" AND ", g) + ")"));
}
