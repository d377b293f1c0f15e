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
    // A filter written in the API's form is kept as its expression, and its groups are made only when asked for:
    // sending a query needs no arrays of them.
    private readonly FilterNode? written;
    private IReadOnlyList<IReadOnlyList<FilterCondition>>? groups;

    internal ComplexFilter(IReadOnlyList<IReadOnlyList<FilterCondition>> groups) => this.groups = groups;

    /// <param name="written">An OR of ANDs of conditions, no condition twice in one AND.</param>
    internal ComplexFilter(FilterNode written) => this.written = written;

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
    /// <remarks>Made once when first asked for; two threads asking at once may both make equal lists.</remarks>
    public IReadOnlyList<IReadOnlyList<FilterCondition>> Groups => groups ??= FilterNormalizer.Flatten(written!);

    /// <summary>Both filters hold: every group of one combined with every group of the other.</summary>
    public ComplexFilter And(ComplexFilter other) =>
        FilterNormalizer.Combine(this, other ?? throw new ArgumentNullException(nameof(other)));

    /// <summary>
    /// Writes the filter as the value of <c>complexFilter</c>: an array of arrays of condition objects.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (written is not null && CompactFilterWriter.TryWrite(writer, written))
        {
            return;
        }

        // Index loops: a foreach over the read-only list interfaces would allocate an enumerator per group and per
        // condition, on every request written.
        writer.WriteStartArray();
        for (var g = 0; g < Groups.Count; g++)
        {
            var group = Groups[g];
            writer.WriteStartArray();
            for (var c = 0; c < group.Count; c++)
            {
                group[c].WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    /// <summary>The filter as <c>(a AND b) OR (c)</c>, for messages and logs.</summary>
    public override string ToString() =>
        string.Join(" OR ", Groups.Select(g => "(" + string.Join(" AND ", g) + ")"));
}
