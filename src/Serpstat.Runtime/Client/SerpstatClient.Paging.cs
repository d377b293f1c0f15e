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
    /// <exception cref="SerpstatException">A page failed after its retries (see <see cref="SendAsync{TResult}"/>).</exception>
    public async IAsyncEnumerable<TRow> EnumerateAsync<TResult, TRow>(
        IPagedSerpstatRequest<TResult, TRow> request,
        PagingOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TResult : class
    {
        await foreach (var page in EnumeratePagesAsync(request, options, cancellationToken).ConfigureAwait(false))
        {
            foreach (var row in page.Rows)
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// The pages of a paged list, each with its summary, so that <c>left_lines</c> can be watched after every page.
    /// The same stopping rules as <see cref="EnumerateAsync{TResult, TRow}"/>.
    /// </summary>
    /// <exception cref="SerpstatException">A page failed after its retries (see <see cref="SendAsync{TResult}"/>).</exception>
    public async IAsyncEnumerable<SerpstatPage<TRow>> EnumeratePagesAsync<TResult, TRow>(
        IPagedSerpstatRequest<TResult, TRow> request,
        PagingOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TResult : class
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var plan = PagePlan.Start(
            request.Page, request.Size, options?.PageSize, request.DefaultSize, request.MaxRows, options?.CreditBudget);
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
