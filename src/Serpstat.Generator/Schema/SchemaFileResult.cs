using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>What reading one schema file gave: the method, where it could be built, and every problem found.</summary>
internal sealed record SchemaFileResult(MethodModel? Method, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Where the file names its API method: SERP012 points here when another file names it too.</summary>
    public SourceSpanInfo? MethodSpan { get; init; }
}
