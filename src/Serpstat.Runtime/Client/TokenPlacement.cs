namespace Serpstat.Client;

/// <summary>Where the client puts the API token.</summary>
public enum TokenPlacement
{
    /// <summary>In the query string as <c>?token=</c>, as the API documents.</summary>
    QueryString,

    /// <summary>In an HTTP header named <c>token</c>, as several working clients send it.</summary>
    Header,
}
