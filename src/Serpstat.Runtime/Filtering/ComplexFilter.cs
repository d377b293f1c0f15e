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

    /// <summary>The OR groups; each holds conditions that must all hold.</summary>
    public IReadOnlyList<IReadOnlyList<FilterCondition>> Groups { get; }

    /// <summary>Both filters hold: every group of one combined with every group of the other.</summary>
    public ComplexFilter And(ComplexFilter other) =>
        FilterNormalizer.Combine(this, other ?? throw new ArgumentNullException(nameof(other)));

    /// <summary>Writes the filter as the value of <c>complexFilter</c>: an array of arrays of condition objects.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var group in Groups)
        {
            writer.WriteStartArray();
            foreach (var condition in group)
            {
                writer.WriteStartObject();
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
