using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Serpstat.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator can report, ordered by ID. IDs are never reused: a new one takes the next free
/// number of its range and gets a docs page and a line in AnalyzerReleases.Unshipped.md.
/// SERP001-SERP099: reading schema files. SERP1xx: analyzers of the calling code.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string SchemaCategory = "Serpstat.Schema";

    private const string HelpLinkBase =
        "https://github.com/serpstat-generator/serpstat-generator/blob/main/src/Serpstat.Generator/docs/diagnostics/";

    public static readonly DiagnosticDescriptor InvalidJson = Schema(
        "SERP001",
        "Schema file is not valid JSON",
        "The schema file is not valid JSON: {0}");

    public static readonly DiagnosticDescriptor WrongJsonType = Schema(
        "SERP002",
        "Member has the wrong JSON type",
        "{0} must be {1}, but it is {2}");

    public static readonly DiagnosticDescriptor MissingMember = Schema(
        "SERP003",
        "Required member is missing",
        "Required member '{1}' is missing from {0}{2}");

    public static readonly DiagnosticDescriptor InvalidCompareType = Schema(
        "SERP004",
        "Compare type is unknown or does not fit the field",
        "Compare type '{0}' at {1} {2}; allowed here: {3}");

    public static readonly DiagnosticDescriptor DuplicateName = Schema(
        "SERP005",
        "Duplicate or reserved name",
        "{0} '{1}' at {2} {3}");

    public static readonly DiagnosticDescriptor InvalidIdentifier = Schema(
        "SERP006",
        "Not a valid C# name",
        "'{0}' at {1} is not a valid C# {2}: {3}");

    public static readonly DiagnosticDescriptor InvalidReference = Schema(
        "SERP007",
        "Member refers to something undefined or does not apply here",
        "{0} at {1} {2}");

    public static readonly DiagnosticDescriptor UnknownMember = Schema(
        "SERP008",
        "Unknown member",
        "Unknown member '{0}' in {1} is ignored; {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedFormatVersion = Schema(
        "SERP009",
        "Unsupported formatVersion",
        "formatVersion {0} is not supported; this version of Serpstat.Generator reads formatVersion 1");

    public static readonly DiagnosticDescriptor InvalidValue = Schema(
        "SERP010",
        "Value is out of range or invalid",
        "{0} at {1} is invalid: {2}");

    public static readonly DiagnosticDescriptor NoSchemaFile = Schema(
        "SERP011",
        "Project has no schema file",
        "The project references Serpstat.Generator but has no schema file, so no client is generated; add a file "
            + "named <Procedure>.<method>.serpstat.json (such as SerpstatBacklinksProcedure.getOutlinks.serpstat.json) "
            + "to the project as an AdditionalFiles or None item",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor DuplicateMethod = Schema(
        "SERP012",
        "API method described twice",
        "The API method '{0}' is also described in '{1}'; keep one schema file per method");

    public static readonly DiagnosticDescriptor InternalError = Schema(
        "SERP099",
        "Internal error in Serpstat.Generator",
        "Serpstat.Generator failed on this schema file ({0}: {1}). This is a bug in the generator, not a problem "
            + "in your schema; please report it with the schema file at "
            + "https://github.com/serpstat-generator/serpstat-generator/issues.");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new[]
    {
        InvalidJson, WrongJsonType, MissingMember, InvalidCompareType, DuplicateName, InvalidIdentifier,
        InvalidReference, UnknownMember, UnsupportedFormatVersion, InvalidValue, NoSchemaFile, DuplicateMethod,
        InternalError,
    }.ToDictionary(descriptor => descriptor.Id);

    /// <summary>Every descriptor, for analyzers' <c>SupportedDiagnostics</c> and for tests.</summary>
    public static IReadOnlyCollection<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Schema(
        string id,
        string title,
        string message,
        DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(
            id,
            title,
            message,
            SchemaCategory,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id + ".md");

    // SERP101-SERP199: analyzers of the calling code, checked against the facts the generated code carries.
    private const string QueryCategory = "Serpstat.Query";

    public static readonly DiagnosticDescriptor CompareTypeNotAllowed = Query(
        "SERP101",
        "Compare type not allowed for the filter field",
        "Filter field '{0}' {1}; it allows: {2}");

    public static readonly DiagnosticDescriptor UnknownFilterField = Query(
        "SERP102",
        "Unknown filter field",
        "'{0}' is not a filter field of {1}; its fields are: {2}");

    public static readonly DiagnosticDescriptor InvalidFilterDate = Query(
        "SERP103",
        "Filter date is not a calendar date in the API's format",
        "Filter '{0} {1}' takes calendar dates written {2}; '{3}' is not one");

    public static readonly DiagnosticDescriptor BetweenBoundsReversed = Query(
        "SERP104",
        "Between bounds are reversed",
        "Filter '{0} between' has its lower bound {1} above its upper bound {2}; swap them");

    public static readonly DiagnosticDescriptor ParamOutOfRange = Query(
        "SERP105",
        "Request param out of range",
        "{0} must be {1}; {2} is not");

    public static readonly DiagnosticDescriptor RowCapExceeded = Query(
        "SERP106",
        "Page reaches beyond the API's row cap",
        "Page {0} of {1} rows reaches row {2}, beyond the {3} rows {4} returns for one query");

    public static readonly DiagnosticDescriptor QueryNotDomain = Query(
        "SERP107",
        "Query is not a bare domain",
        "Search type {0} takes a bare domain, but '{1}' has {2}; {3}");

    public static readonly DiagnosticDescriptor QueryNotUrl = Query(
        "SERP108",
        "Query is not a URL",
        "Search type {0} takes a URL such as site.com/path/, but '{1}' is not one");

    public static readonly DiagnosticDescriptor ValueNotListed = Query(
        "SERP109",
        "Value is not one of the field's values",
        "'{0}' is not a value of filter field '{1}'; its values are: {2}");

    public static readonly DiagnosticDescriptor EmptyValueSet = Query(
        "SERP110",
        "Filter has no values",
        "Filter '{0} {1}' needs at least one value; the set is empty");

    public static readonly DiagnosticDescriptor NegationNotExpressible = Query(
        "SERP111",
        "Negation the API cannot express",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidFilterValue = Query(
        "SERP112",
        "Filter value of the wrong form or count",
        "{0}");

    public static readonly DiagnosticDescriptor FilterTooLarge = Query(
        "SERP113",
        "Filter too large to send",
        "{0}");

    public static readonly DiagnosticDescriptor QueryPreview = Query(
        "SERP150",
        "Request the query sends",
        "This query, as built in this expression, sends: {0}",
        DiagnosticSeverity.Info);

    /// <summary>The query analyzer's checks, for its <c>SupportedDiagnostics</c>.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> QueryChecks { get; } = new[]
    {
        CompareTypeNotAllowed, UnknownFilterField, InvalidFilterDate, BetweenBoundsReversed, ParamOutOfRange,
        RowCapExceeded, QueryNotDomain, QueryNotUrl, ValueNotListed, EmptyValueSet, NegationNotExpressible,
        InvalidFilterValue, FilterTooLarge,
    };

    /// <summary>Every analyzer descriptor: the checks and the preview.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> QueryRules { get; } = QueryChecks.Append(QueryPreview).ToArray();

    private static DiagnosticDescriptor Query(
        string id,
        string title,
        string message,
        DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(
            id,
            title,
            message,
            QueryCategory,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id + ".md");
}
