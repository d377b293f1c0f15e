using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Serpstat.Filtering;

/// <summary>
/// One <c>{field, compareType, value}</c> item of a <c>complexFilter</c>, with its values already encoded.
/// </summary>
public sealed partial class FilterCondition : FilterNode, IEquatable<FilterCondition>
{
    // One value is held as the string itself, any other number as an array: most conditions have one value, and an
    // array for it would be a second object in every query built.
    private readonly object values;

    internal FilterCondition(FilterFieldInfo field, CompareType compareType, string[] values)
        : this(field, compareType, values.Length == 1 ? values[0] : values)
    {
    }

    internal FilterCondition(FilterFieldInfo field, CompareType compareType, string value)
        : this(field, compareType, (object)value)
    {
    }

    private FilterCondition(FilterFieldInfo field, CompareType compareType, object values)
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
    /// <remarks>A copy or a read-only view: a condition, once checked, cannot be changed through it.</remarks>
    public IReadOnlyList<string> Values =>
        values is string[] several ? Array.AsReadOnly(several) : new[] { (string)values };

    internal int ValueCount => values is string[] several ? several.Length : 1;

    internal string ValueAt(int index) => values is string[] several ? several[index] : (string)values;

    /// <inheritdoc />
    public bool Equals(FilterCondition? other) =>
        other is not null
        && CompareType == other.CompareType
        && (ReferenceEquals(Field, other.Field) || Field.WireName == other.Field.WireName)
        && SameValues(other);

    private bool SameValues(FilterCondition other)
    {
        if (ValueCount != other.ValueCount)
        {
            return false;
        }

        for (var i = 0; i < ValueCount; i++)
        {
            if (!string.Equals(ValueAt(i), other.ValueAt(i), StringComparison.Ordinal))
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
        for (var i = 0; i < ValueCount; i++)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(ValueAt(i)));
        }

        return hash;
    }

    /// <summary>Whether this is a named quick filter rather than a field comparison.</summary>
    public bool IsQuickFilter => Field.Kind == FilterValueKind.QuickFilter;

    /// <summary>The condition as <c>field compareType [values]</c>, for messages and logs.</summary>
    public override string ToString() => IsQuickFilter
        ? QuickFilterName + " " + Field.WireName
        : Field.WireName + " " + CompareTypeNames.ToWire(CompareType) + " [" + string.Join(", ", Values) + "]";

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
    public static FilterCondition Create(FilterFieldInfo field, CompareType compareType, params string[] values) =>
        Checked(field, compareType, values, owned: false);

    /// <summary>As <see cref="Create(FilterFieldInfo, CompareType, string[])"/>, for one value.</summary>
    /// <exception cref="SerpstatFilterException">
    /// The field does not allow the compare type, or the value is invalid.
    /// </exception>
    public static FilterCondition Create(FilterFieldInfo field, CompareType compareType, string value)
    {
        CheckCompareType(field, compareType);
        return new FilterCondition(field, compareType, FilterValueChecks.Check(field, compareType, value));
    }

    /// <summary>
    /// A condition on a whole-number field, such as <c>links_external gt 5</c>; on a number field the value is sent
    /// as its digits.
    /// </summary>
    /// <exception cref="SerpstatFilterException">
    /// The field takes no whole numbers or does not allow the compare type, or the compare type takes two values.
    /// </exception>
    public static FilterCondition Create(FilterFieldInfo field, CompareType compareType, long value)
    {
        CheckTyped(field, compareType, WholeOrNumber(field), count: 1);
        return new FilterCondition(field, compareType, FilterValues.Integer(value));
    }

    /// <summary>A <c>between</c> condition on a whole-number field: from and to, both included.</summary>
    /// <exception cref="SerpstatFilterException">
    /// The field takes no whole numbers or does not allow the compare type, the compare type takes one value, or
    /// <paramref name="from"/> is above <paramref name="to"/>.
    /// </exception>
    public static FilterCondition Create(FilterFieldInfo field, CompareType compareType, long from, long to)
    {
        CheckTyped(field, compareType, WholeOrNumber(field), count: 2);
        return Range(field, compareType, FilterValues.Integer(from), FilterValues.Integer(to), from > to);
    }

    /// <summary>A condition on a number field, such as <c>domain_rank gte 0.5</c>.</summary>
    /// <exception cref="SerpstatFilterException">
    /// The field takes no numbers or does not allow the compare type, the compare type takes two values, or the
    /// number is not finite (NaN or an infinity).
    /// </exception>
    public static FilterCondition Create(FilterFieldInfo field, CompareType compareType, double value)
    {
        CheckTyped(field, compareType, FilterValueKind.Number, count: 1);
        FilterValueChecks.CheckFinite(field, compareType, value);
        return new FilterCondition(field, compareType, FilterValues.Number(value));
    }

    /// <summary>A <c>between</c> condition on a number field: from and to, both included.</summary>
    /// <exception cref="SerpstatFilterException">
    /// The field takes no numbers or does not allow the compare type, the compare type takes one value, a number is
    /// not finite, or <paramref name="from"/> is above <paramref name="to"/>.
    /// </exception>
    public static FilterCondition Create(FilterFieldInfo field, CompareType compareType, double from, double to)
    {
        CheckTyped(field, compareType, FilterValueKind.Number, count: 2);
        FilterValueChecks.CheckFinite(field, compareType, from);
        FilterValueChecks.CheckFinite(field, compareType, to);
        return Range(field, compareType, FilterValues.Number(from), FilterValues.Number(to), from > to);
    }

    /// <summary>A condition on a date field; the time of day is ignored.</summary>
    /// <exception cref="SerpstatFilterException">
    /// The field takes no dates or does not allow the compare type, or the compare type takes two values.
    /// </exception>
    public static FilterCondition Create(FilterFieldInfo field, CompareType compareType, DateTime value)
    {
        CheckTyped(field, compareType, FilterValueKind.Date, count: 1);
        return new FilterCondition(field, compareType, FilterValues.Date(value, field.DateFormat!));
    }

    /// <summary>A <c>between</c> condition on a date field: from and to, both included; times are ignored.</summary>
    /// <exception cref="SerpstatFilterException">
    /// The field takes no dates or does not allow the compare type, the compare type takes one value, or
    /// <paramref name="from"/> is after <paramref name="to"/>.
    /// </exception>
    public static FilterCondition Create(FilterFieldInfo field, CompareType compareType, DateTime from, DateTime to)
    {
        CheckTyped(field, compareType, FilterValueKind.Date, count: 2);
        var format = field.DateFormat!;
        return Range(
            field,
            compareType,
            FilterValues.Date(from, format),
            FilterValues.Date(to, format),
            from.Date > to.Date);
    }

    /// <summary>
    /// As <see cref="Create(FilterFieldInfo, CompareType, string[])"/>, for a values array made for this call
    /// alone, such as the one generated filter fields pass: it becomes the condition's own rather than being copied.
    /// The caller must not use it afterwards.
    /// </summary>
    /// <exception cref="SerpstatFilterException">
    /// The field does not allow the compare type, or a value is invalid.
    /// </exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static FilterCondition CreateFromOwnedValues(
        FilterFieldInfo field,
        CompareType compareType,
        params string[] values) => Checked(field, compareType, values, owned: true);

    private static FilterCondition Checked(FilterFieldInfo field, CompareType compareType, string[] values, bool owned)
    {
        CheckCompareType(field, compareType);
        return new FilterCondition(field, compareType, FilterValueChecks.Check(field, compareType, values, owned));
    }

    // The typed values need no parsing: only the field's kind and the number of values are checked.
    private static void CheckTyped(FilterFieldInfo field, CompareType compareType, FilterValueKind kind, int count)
    {
        CheckCompareType(field, compareType);
        FilterValueChecks.CheckTyped(field, compareType, kind, count);
    }

    // A whole number is a number too: a number field takes it as its digits, as it takes whole numbers written as text.
    private static FilterValueKind WholeOrNumber(FilterFieldInfo field) =>
        field?.Kind == FilterValueKind.Number ? FilterValueKind.Number : FilterValueKind.Integer;

    private static FilterCondition Range(
        FilterFieldInfo field,
        CompareType compareType,
        string from,
        string to,
        bool reversed)
    {
        if (reversed)
        {
            throw FilterValueChecks.ReversedBounds(field, compareType, from, to);
        }

        return new FilterCondition(field, compareType, new[] { from, to });
    }

    private static void CheckCompareType(FilterFieldInfo field, CompareType compareType)
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
    }
}
