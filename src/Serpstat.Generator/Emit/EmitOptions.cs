namespace Serpstat.Generator.Emit;

/// <summary>What the generated code depends on outside the schema.</summary>
/// <param name="Annotate">Whether the consumer's C# (8 or later) takes nullable annotations.</param>
/// <param name="HasRuntime">Whether the consumer references the runtime library the generated code calls.</param>
internal sealed record EmitOptions(bool Annotate, bool HasRuntime);
