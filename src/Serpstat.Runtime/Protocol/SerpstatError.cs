namespace Serpstat.Protocol;

/// <summary>The <c>error</c> object of a JSON-RPC response, which the API sends with HTTP 200.</summary>
/// <param name="Code">The API's code, a positive number such as 32017; 0 when the API sent none.</param>
/// <param name="Message">The API's message, such as <c>Data not found</c>.</param>
/// <param name="DataJson">The <c>data</c> member as raw JSON text, or null when absent or null.</param>
public sealed record SerpstatError(long Code, string Message, string? DataJson);
