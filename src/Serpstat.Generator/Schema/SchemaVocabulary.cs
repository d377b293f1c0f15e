using System.Collections.Generic;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>The words the schema format uses for types, kinds, roles and shapes, spelled in this one place.</summary>
internal static class SchemaVocabulary
{
    public static readonly Vocabulary<ParamType> ParamTypes = new(
        Word("string", ParamType.String),
        Word("integer", ParamType.Integer),
        Word("boolean", ParamType.Boolean),
        Word("enum", ParamType.Enum),
        Word("stringArray", ParamType.StringArray),
        Word("complexFilter", ParamType.ComplexFilter));

    public static readonly Vocabulary<ParamRole> ParamRoles = new(
        Word("query", ParamRole.Query),
        Word("searchType", ParamRole.SearchType),
        Word("sort", ParamRole.Sort),
        Word("order", ParamRole.Order),
        Word("page", ParamRole.Page),
        Word("size", ParamRole.Size),
        Word("complexFilter", ParamRole.ComplexFilter));

    public static readonly Vocabulary<FilterFieldKind> FilterKinds = new(
        Word("text", FilterFieldKind.Text),
        Word("integer", FilterFieldKind.Integer),
        Word("number", FilterFieldKind.Number),
        Word("date", FilterFieldKind.Date),
        Word("enum", FilterFieldKind.Enum));

    public static readonly Vocabulary<ResponseFieldType> ResponseTypes = new(
        Word("string", ResponseFieldType.String),
        Word("integer", ResponseFieldType.Integer),
        Word("number", ResponseFieldType.Number),
        Word("boolean", ResponseFieldType.Boolean),
        Word("dateTime", ResponseFieldType.DateTime),
        Word("enum", ResponseFieldType.Enum),
        Word("flags", ResponseFieldType.Flags),
        Word("stringArray", ResponseFieldType.StringArray));

    public static readonly Vocabulary<SummaryRole> SummaryRoles = new(
        Word("page", SummaryRole.Page),
        Word("total", SummaryRole.Total),
        Word("count", SummaryRole.Count),
        Word("leftLines", SummaryRole.LeftLines));

    public static readonly Vocabulary<DataShape> DataShapes = new(
        Word("array", DataShape.Array),
        Word("object", DataShape.Object));

    public static readonly Vocabulary<SummaryLocation> SummaryLocations = new(
        Word("result", SummaryLocation.Result),
        Word("root", SummaryLocation.Root));

    /// <summary>The date formats filters take: most methods use the first, the threat methods the second.</summary>
    public static readonly Vocabulary<string> DateFormats = new(
        Word("DD.MM.YYYY", "DD.MM.YYYY"),
        Word("YYYY-MM-DD", "YYYY-MM-DD"));

    /// <summary>What a searchType value makes the query param hold.</summary>
    public static readonly Vocabulary<string> QueryKinds = new(
        Word("domain", "domain"),
        Word("url", "url"));

    private static KeyValuePair<string, T> Word<T>(string word, T value) => new(word, value);
}
