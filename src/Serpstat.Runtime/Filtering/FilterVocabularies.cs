using System;

namespace Serpstat.Filtering;

/// <summary>
/// Where a filter names a value differently from the response, the one table that maps the response's word to the
/// filter's. The backlink methods' <c>link_type</c> filter says <c>text</c> and <c>iframe</c> where rows say
/// <c>href</c> and <c>frame</c>; every other value is spelt alike.
/// </summary>
public static class FilterVocabularies
{
    /// <summary>The <c>link_type</c> filter value of a response's <c>link_type</c>.</summary>
    public static string LinkTypeFilterValue(string responseValue)
    {
        if (string.Equals(responseValue, "href", StringComparison.OrdinalIgnoreCase))
        {
            return "text";
        }

        return string.Equals(responseValue, "frame", StringComparison.OrdinalIgnoreCase) ? "iframe" : responseValue;
    }
}
