using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Schema;

/// <summary>What two schema files must not share: the wire method and the generated class.</summary>
internal sealed record MethodIdentity(string Path, string Method, string ClassName, SourceSpanInfo? Span);
