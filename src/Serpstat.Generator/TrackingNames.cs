namespace Serpstat.Generator;

/// <summary>The names of the generator's pipeline steps, which incremental tests assert on.</summary>
internal static class TrackingNames
{
    public const string SchemaText = nameof(SchemaText);

    public const string SchemaResult = nameof(SchemaResult);

    public const string Diagnostics = nameof(Diagnostics);

    public const string MethodIdentities = nameof(MethodIdentities);

    public const string SchemaCount = nameof(SchemaCount);

    public const string RuntimeReferenced = nameof(RuntimeReferenced);

    public const string EmitOptions = nameof(EmitOptions);

    public const string MethodToEmit = nameof(MethodToEmit);
}
