namespace Serpstat.Filtering;

/// <summary>
/// A row that a filter can be evaluated against, field by field, as the API evaluates it on its side.
/// </summary>
public interface IFilterRow
{
    /// <summary>
    /// The row's value for the filter field <paramref name="wireField"/>, by the field's kind: a <see cref="string"/>
    /// for text; a <see cref="long"/> for integers; a <see cref="double"/> for numbers; a <see cref="System.DateTime"/>
    /// for dates; for enums a <see cref="string"/> in the filter's vocabulary, several items separated by commas.
    /// Null when the row has no value.
    /// </summary>
    object? GetFilterValue(string wireField);
}
