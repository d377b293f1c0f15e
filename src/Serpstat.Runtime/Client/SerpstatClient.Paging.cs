using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Serpstat.Protocol;

namespace Serpstat.Client;

public sealed partial class SerpstatClient
{
    /// <summary>
    /// Every row of a paged list, page after page: <c>await foreach (var row in client.EnumerateAsync(query))</c>.
    /// Stops at the query's total, on an empty page, at the method's row cap and at the credit budget, and asks for
    /// no page beyond them.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Thrown by this call, before any request: <see cref="PagingOptions.PageSize"/> outside the method's size range,
    /// or a negative <see cref="PagingOptions.CreditBudget"/>.
    /// </exception>
    /// <exception cref="SerpstatException">
    /// A page failed after its retries (see <see cref="SendAsync{TResult}"/>).
    /// </exception>
    public IAsyncEnumerable<TRow> EnumerateAsync<TResult, TRow>(
        IPagedSerpstatRequest<TResult, TRow> request,
        PagingOptions? options = null,
        CancellationToken cancellationToken = default)
        where TResult : class =>
        RowsAsync(EnumeratePagesAsync(request, options), cancellationToken);

    /// <summary>
    /// The pages of a paged list, each with its summary, so that <c>left_lines</c> can be watched after every page.
    /// The same stopping rules as <see cref="EnumerateAsync{TResult, TRow}"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Thrown by this call, before any request: <see cref="PagingOptions.PageSize"/> outside the method's size range,
    /// or a negative <see cref="PagingOptions.CreditBudget"/>.
    /// </exception>
    /// <exception cref="SerpstatException">
    /// A page failed after its retries (see <see cref="SendAsync{TResult}"/>).
    /// </exception>
    public IAsyncEnumerable<SerpstatPage<TRow>> EnumeratePagesAsync<TResult, TRow>(
        IPagedSerpstatRequest<TResult, TRow> request,
        PagingOptions? options = null,
        CancellationToken cancellationToken = default)
        where TResult : class
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        // Read once: the options may change after this call, the list being read may not.
        var (pageSize, budget) = (options?.PageSize, options?.CreditBudget);
        PagingOptions.Check(request, pageSize, budget);
        return PagesAsync(request, pageSize, budget, cancellationToken);
    }

    private static async IAsyncEnumerable<TRow> RowsAsync<TRow>(
        IAsyncEnumerable<SerpstatPage<TRow>> pages,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var row in page.Rows)
            {
                yield return row;
            }
        }
    }

    private async IAsyncEnumerable<SerpstatPage<TRow>> PagesAsync<TResult, TRow>(
        IPagedSerpstatRequest<TResult, TRow> request,
        int? pageSize,
        long? budget,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TResult : class
    {
        var plan = PagePlan.Start(request.Page, request.Size, pageSize, request.DefaultSize, request.MaxRows, budget);
        while (plan.Next() is { } next)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = time.GetTimestamp();
            TResult result;
            try
            {
                var pageRequest = request.ForPage(next.Page, next.Size);
                result = await SendWithRetriesAsync(pageRequest, cancellationToken).ConfigureAwait(false);
            }
            catch (SerpstatNoDataException)
            {
                // The API's "Data not found" (32017) or "no data for the domain" (32015): the list is over.
                yield break;
            }

            var rows = request.RowsOf(result);
            var summary = request.SummaryOf(result);
            if (summary.LeftLines is { } left)
            {
                Interlocked.Exchange(ref creditsLeft, left);
            }

            var duration = time.GetElapsedTime(started);
            ClientLog.PageReceived(logger, request.MethodName, next.Page, rows.Count, summary.LeftLines, duration);
            plan.Record(rows.Count, summary.Total);
            yield return new SerpstatPage<TRow>(next.Page, next.Size, rows, summary);
        }
    }
}
