using System.Collections.Generic;

namespace Serpstat.Protocol;

/// <summary>
/// A call whose answer is one page of <typeparamref name="TRow"/> rows, with a summary of the whole query.
/// </summary>
public interface IPagedSerpstatRequest<TResult, TRow> : ISerpstatRequest<TResult>
    where TResult : class
{
    /// <summary>The page asked for, or null for the API's default (1).</summary>
    int? Page { get; }

    /// <summary>The rows per page asked for, or null for the API's default.</summary>
    int? Size { get; }

    /// <summary>The API's default page size.</summary>
    int DefaultSize { get; }

    /// <summary>The most rows the API returns for one query over all pages, or null when it states no cap.</summary>
    long? MaxRows { get; }

    /// <summary>A copy of this request that asks for another page.</summary>
    IPagedSerpstatRequest<TResult, TRow> ForPage(int page, int size);

    /// <summary>The rows of a page.</summary>
    IReadOnlyList<TRow> RowsOf(TResult result);

    /// <summary>The paging figures of a page's summary.</summary>
    PageSummary SummaryOf(TResult result);
}
