using System;
using Serpstat.Protocol;

namespace Serpstat.Client;

/// <summary>How <see cref="SerpstatClient"/> pages through a list.</summary>
public sealed class PagingOptions
{
    private const string PageSizeName = nameof(PagingOptions) + "." + nameof(PageSize);
    private const string CreditBudgetName = nameof(PagingOptions) + "." + nameof(CreditBudget);

    /// <summary>
    /// Rows per page, within the method's size range; the request's size, or the method's default, when null.
    /// </summary>
    public int? PageSize { get; set; }

    /// <summary>
    /// The most API credits (rows, at one credit each) the caller will pay for; no limit when null. Never exceeded:
    /// the last pages are asked for smaller so that a full page cannot overrun it.
    /// </summary>
    public long? CreditBudget { get; set; }

    /// <summary>
    /// Checks the options against the request before any page is asked for, so that no list stops midway.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A page size the request refuses, or a negative budget.</exception>
    internal static void Check<TResult, TRow>(IPagedSerpstatRequest<TResult, TRow> request, int? pageSize, long? budget)
        where TResult : class
    {
        if (budget < 0)
        {
            throw new ArgumentOutOfRangeException(CreditBudgetName, budget, "The credit budget must not be negative.");
        }

        if (pageSize is not { } size)
        {
            return;
        }

        if (size < 1)
        {
            throw new ArgumentOutOfRangeException(PageSizeName, size, "A page holds at least 1 row.");
        }

        try
        {
            // The request knows its method's size range: a first page of this size is one it would send.
            request.ForPage(1, size);
        }
        catch (ArgumentOutOfRangeException refused)
        {
            throw new ArgumentOutOfRangeException(
                PageSizeName, size, $"The request refuses pages of {size} rows: {OwnWords(refused)}");
        }
    }

    /// <summary>The exception's message without the parameter name and value the framework appends to it.</summary>
    private static string OwnWords(ArgumentException exception)
    {
        var text = exception.Message;
        var lineEnd = text.IndexOfAny(new[] { '\r', '\n' });
        text = lineEnd < 0 ? text : text.Substring(0, lineEnd);
        var suffix = " (Parameter '" + exception.ParamName + "')";
        return text.EndsWith(suffix, StringComparison.Ordinal) ? text.Substring(0, text.Length - suffix.Length) : text;
    }
}
