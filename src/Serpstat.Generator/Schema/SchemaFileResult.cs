using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>What reading one schema file gave: the method, where it could be built, and every problem found.</summary>
internal sealed record SchemaFileResult(MethodModel? Method, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Where the file names its API method, to point SERP012 at when another file names the same one.</summary>
    public SourceSpanInfo? MethodSpan { get; init; }
}
