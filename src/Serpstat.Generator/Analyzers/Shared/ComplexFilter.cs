using System.Collections.Generic;

namespace Serpstat.Filtering;

/// <summary>
/// The analyzers' stand-in for the runtime's <c>ComplexFilter</c>: the same groups, without the JSON writing that
/// needs System.Text.Json. The linked <c>FilterNormalizer</c> builds it; <c>PreviewJson</c> writes it.
/// </summary>
internal sealed class ComplexFilter
{
    internal ComplexFilter(IReadOnlyList<IReadOnlyList<FilterCondition>> groups) => Groups = groups;

    internal ComplexFilter(FilterNode written) => Groups = FilterNormalizer.Flatten(written);

    /// <summary>The OR groups; each holds conditions that must all hold.</summary>
    public IReadOnlyList<IReadOnlyList<FilterCondition>> Groups { get; }
}
