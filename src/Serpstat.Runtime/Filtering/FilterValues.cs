using System;
using System.Globalization;

namespace Serpstat.Filtering;

/// <summary>
/// Encodes typed filter values into the strings the API receives, culture-invariant. Generated filter fields call
/// these; they are public so that hand-written conditions encode values the same way.
/// </summary>
public static class FilterValues
{
    /// <summary>A whole number as its decimal digits: <c>500</c>.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A decimal number with a dot separator, round-trippable: <c>0.25</c>.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new SerpstatFilterException(
                "A filter number must be finite; got " + value.ToString(CultureInfo.InvariantCulture) + ".");
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A date in the field's format: <c>01.01.2030</c> for <c>DD.MM.YYYY</c>.</summary>
    public static string Date(DateTime value, string format) => FilterDates.Format(value, format);
}
