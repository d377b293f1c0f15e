namespace Serpstat.Generator.Diagnostics;

/// <summary>
/// A place in a schema file: the character span and its zero-based line and column bounds. A plain record, so
/// that diagnostics can be cached with the models without holding a Roslyn <c>Location</c>.
/// </summary>
internal sealed record SourceSpanInfo(
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn);
