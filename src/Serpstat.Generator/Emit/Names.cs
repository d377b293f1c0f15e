namespace Serpstat.Generator.Emit;

/// <summary>The names of the types the generator nests in every method's class.</summary>
internal static class Names
{
    public const string Request = "Request";

    public const string Result = "Result";

    public const string SummaryInfo = "SummaryInfo";

    public const string FilterFields = "FilterFields";

    /// <summary>The enum of a method's quick filters.</summary>
    public const string QuickFilter = "QuickFilter";

    /// <summary>The private class that holds a method's wire names and JSON readers.</summary>
    public const string Wire = "Wire";

    public const string GeneratorName = "Serpstat.Generator";

    public static readonly string GeneratorVersion =
        typeof(Names).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";
}
