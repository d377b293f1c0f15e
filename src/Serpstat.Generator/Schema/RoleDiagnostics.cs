using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Schema;

/// <summary>
/// The two ways a role can be wrong, for params and summary fields alike: a role marks the one item the library
/// relies on for paging, sorting or the query, so it is given once and only to an item of the fitting type.
/// </summary>
internal static class RoleDiagnostics
{
    public static void ReportTaken(ObjectReader item, string role, string owner)
    {
        Report(item, role, "is already given to " + owner + "; each role may be used once");
    }

    public static void ReportWrongType(ObjectReader item, string role, string itemKind, string needed, string actual)
    {
        Report(item, role, "needs " + itemKind + " of type " + needed + ", not " + actual);
    }

    private static void Report(ObjectReader item, string role, string problem)
    {
        item.Context.Report(
            DiagnosticDescriptors.InvalidReference,
            item.SpanOf("role"),
            "Role '" + role + "'",
            item.PathOf("role"),
            problem);
    }
}
