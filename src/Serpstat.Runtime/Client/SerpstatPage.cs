using System.Collections.Generic;
using Serpstat.Protocol;

namespace Serpstat.Client;

/// <summary>One page of a paged list, with what its <c>summary_info</c> said.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
public sealed class SerpstatPage<TRow>
{
    /// <summary>Creates the page.</summary>
    public SerpstatPage(int number, int size, IReadOnlyList<TRow> rows, PageSummary summary)
    {
        Number = number;
        Size = size;
        Rows = rows;
        Summary = summary;
    }

    /// <summary>The page number asked for.</summary>
    public int Number { get; }

    /// <summary>The page size asked for.</summary>
    public int Size { get; }

    /// <summary>The rows of the page.</summary>
    public IReadOnlyList<TRow> Rows { get; }

    /// <summary>The page's summary: total, count and the credits left (<c>left_lines</c>).</summary>
    public PageSummary Summary { get; }

    /// <summary>The API credits left on the plan after this page.</summary>
    public long? CreditsLeft => Summary.LeftLines;
}
