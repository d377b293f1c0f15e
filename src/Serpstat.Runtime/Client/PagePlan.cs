using System;

namespace Serpstat.Client;

/// <summary>
/// Decides which page to ask for next, and when to stop: at the total, after an empty or short page, at the row cap
/// and at the credit budget. Pages are addressed as (page, size), so a page of another size must start where the
/// rows read so far end: its size divides that offset.
/// </summary>
internal sealed class PagePlan
{
    private readonly int size;
    private readonly long? maxRows;
    private readonly long budget;
    private long offset;
    private long spent;
    private long? total;
    private bool over;
    private int asked;

    private PagePlan(long offset, int size, long? maxRows, long budget)
    {
        this.offset = offset;
        this.size = size;
        this.maxRows = maxRows;
        this.budget = budget;
    }

    /// <summary>A plan for sizes and a budget that <see cref="PagingOptions"/> has checked.</summary>
    public static PagePlan Start(
        int? page,
        int? requestSize,
        int? pagingSize,
        int defaultSize,
        long? maxRows,
        long? budget)
    {
        var offset = ((long)(page ?? 1) - 1) * (requestSize ?? defaultSize);
        return new PagePlan(offset, pagingSize ?? requestSize ?? defaultSize, maxRows, budget ?? long.MaxValue);
    }

    /// <summary>The next page to ask for, or null when the list is done.</summary>
    public (int Page, int Size)? Next()
    {
        var limit = (long)size;
        if (over || (total is { } t && offset >= t))
        {
            return null;
        }

        if (maxRows is { } cap)
        {
            limit = Math.Min(limit, cap - offset);
        }

        // A page costs at most its size in credits (an empty answer costs 1), so size <= budget left keeps it.
        limit = Math.Min(limit, budget - spent);
        if (limit < 1)
        {
            return null;
        }

        asked = LargestDivisor(offset, (int)limit);
        return ((int)(offset / asked) + 1, asked);
    }

    /// <summary>Takes in what the page last given by <see cref="Next"/> brought.</summary>
    public void Record(int rows, long? reportedTotal)
    {
        spent += Math.Max(rows, 1);
        total = reportedTotal ?? total;
        offset += asked;
        over = rows < asked;
    }

    private static int LargestDivisor(long offset, int limit)
    {
        for (var candidate = limit; candidate > 1; candidate--)
        {
            if (offset % candidate == 0)
            {
                return candidate;
            }
        }

        return 1;
    }
}
