namespace Serpstat.Protocol;

/// <summary>The paging figures of one page: what <c>summary_info</c> says about the whole query.</summary>
/// <param name="Page">The page number, when the API sent it.</param>
/// <param name="Total">The rows the query matches over all pages.</param>
/// <param name="Count">The rows in this page.</param>
/// <param name="LeftLines">The API credits left on the plan after this page.</param>
public readonly record struct PageSummary(long? Page, long? Total, long? Count, long? LeftLines);
