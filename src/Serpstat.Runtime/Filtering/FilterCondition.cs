using System;
using System.Collections.Generic;

namespace Serpstat.Filtering;

/// <summary>
/// One <c>{field, compareType, value}</c> item of a <c>complexFilter</c>, with its values already encoded.
/// </summary>
public sealed class FilterCondition : IEquatable<FilterCondition>
{
    private readonly string[] values;

    internal FilterCondition(FilterFieldInfo field, CompareType compareType, string[] values)
    {
        Field = field;
        CompareType = compareType;
        this.values = values;
    }

    /// <summary>The field the condition tests.</summary>
    public FilterFieldInfo Field { get; }

    /// <summary>How the field is compared.</summary>
    public CompareType CompareType { get; }

    /// <summary>The values as the API receives them: strings in the field's wire form.</summary>
    public IReadOnlyList<string> Values => values;

    /// <inheritdoc />
    public bool Equals(FilterCondition? other) =>
        other is not null
        && Field.WireName == other.Field.WireName
        && CompareType == other.CompareType
        && SameValues(values, other.values);

    private static bool SameValues(string[] left, string[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!string.Equals(left[i], right[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FilterCondition);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = (StringComparer.Ordinal.GetHashCode(Field.WireName) * 31) + (int)CompareType;
        foreach (var value in values)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(value));
        }

        return hash;
    }

    /// <summary>Whether this is a named quick filter rather than a field comparison.</summary>
    public bool IsQuickFilter => Field.Kind == FilterValueKind.QuickFilter;

    /// <summary>The condition as <c>field compareType [values]</c>, for messages and logs.</summary>
    public override string ToString() => IsQuickFilter
        ? QuickFilterName + " " + Field.WireName
        : Field.WireName + " " + CompareTypeNames.ToWire(CompareType) + " [" + string.Join(", ", values) + "]";

    /// <summary>The member a quick filter travels in.</summary>
    internal const string QuickFilterName = "additional_filters";

    /// <summary>A named quick filter, such as <c>no_subdomains</c>; generated filter fields call this.</summary>
    public static FilterCondition QuickFilter(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new SerpstatFilterException("A quick filter needs a name.");
        }

        return new FilterCondition(
            new FilterFieldInfo(name, FilterValueKind.QuickFilter, CompareTypes.None),
            CompareType.Eq,
            Array.Empty<string>());
    }

    /// <summary>
    /// Checks the compare type and values against the field and creates the condition. The one entry point for
    /// every way a condition is written, so the typed DSL and the string-keyed form are checked alike.
    /// </summary>
    /// <exception cref="SerpstatFilterException">
    /// The field does not allow the compare type, or a value is invalid.
    /// </exception>
    public static FilterCondition Create(FilterFieldInfo field, CompareType compareType, params string[] values)
    {
        if (field is null)
        {
            throw new ArgumentNullException(nameof(field));
        }

        if (compareType < CompareType.Gt || compareType > CompareType.EndsWith)
        {
            throw new SerpstatFilterException(
                $"'{(int)compareType}' is not a compare type; field '{field.WireName}' allows: "
                + $"{CompareTypeNames.Describe(field.Allowed)}.");
        }

        if (!field.Allows(compareType))
        {
            throw new SerpstatFilterException(
                $"Field '{field.WireName}' does not allow compare type '{CompareTypeNames.ToWire(compareType)}'; "
                + $"it allows: {CompareTypeNames.Describe(field.Allowed)}.");
        }

        var encoded = FilterValueChecks.Check(field, compareType, values);
        return new FilterCondition(field, compareType, encoded);
    }
}
