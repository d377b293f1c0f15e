namespace Serpstat.Client;

/// <summary>How <see cref="SerpstatClient"/> pages through a list.</summary>
public sealed class PagingOptions
{
    /// <summary>Rows per page; the request's size, or the method's default, when null.</summary>
    public int? PageSize { get; set; }

    /// <summary>
    /// The most API credits (rows, at one credit each) the caller will pay for; no limit when null. Never exceeded:
    /// the last pages are asked for smaller so that a full page cannot overrun it.
    /// </summary>
    public long? CreditBudget { get; set; }
}
