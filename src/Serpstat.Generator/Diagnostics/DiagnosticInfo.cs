using Serpstat.Generator.Model;

namespace Serpstat.Generator.Diagnostics;

/// <summary>A diagnostic found while reading a schema file, kept as plain values until it is reported.</summary>
/// <param name="Id">The descriptor's ID, such as <c>SERP001</c>.</param>
/// <param name="FilePath">The schema file; null for a diagnostic about the project as a whole.</param>
/// <param name="Span">The offending text; null only when <paramref name="FilePath"/> is null.</param>
/// <param name="MessageArgs">The values for the descriptor's message format.</param>
internal sealed record DiagnosticInfo(
    string Id,
    string? FilePath,
    SourceSpanInfo? Span,
    EquatableArray<string> MessageArgs);
