using System.Linq;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>
/// The run-time check of the query param against its search type (a bare domain, or a URL), as the analyzers check
/// constants: it applies when the method has both roles and some search type names a query kind.
/// </summary>
internal static class QueryCheck
{
    public static bool Applies(MethodModel method) =>
        Query(method) is not null && SearchType(method) is { } searchType
        && searchType.Values.Any(v => v.QueryKind is not null);

    /// <summary>
    /// The search type the constructor checks the query against: the required param, or the schema's default when
    /// the param is optional; null when there is nothing to check.
    /// </summary>
    public static string? InConstructor(MethodModel method)
    {
        if (!Applies(method) || Query(method)!.Required is false)
        {
            return null;
        }

        var searchType = SearchType(method)!;
        if (searchType.Required)
        {
            return searchType.Name;
        }

        var fallback = searchType.Values.FirstOrDefault(v => searchType.DefaultJson == "\"" + v.Wire + "\"");
        return fallback is null
            ? null
            : "global::" + method.Namespace + "." + method.Name + "." + searchType.TypeName + "." + fallback.Name;
    }

    /// <summary>The Wire method: each search type's query kind, checked by the runtime's QueryText.</summary>
    public static void WriteCheck(SourceWriter writer, EmitContext context)
    {
        var searchType = SearchType(context.Method)!;
        var type = context.Nested(searchType.TypeName!);
        using (writer.Block("internal static void CheckQuery(string query, " + type + " searchType)"))
        {
            using (writer.Block("switch (searchType)"))
            {
                foreach (var value in searchType.Values.Where(v => v.QueryKind is not null))
                {
                    writer.Line("case " + type + "." + value.Name + ": "
                                + "global::Serpstat.Protocol.QueryText.Check(query, "
                                + CSharpLiterals.String(value.QueryKind!) + ", "
                                + CSharpLiterals.String(searchType.TypeName + "." + value.Name) + "); return;");
                }
            }
        }
    }

    private static ParamModel? Query(MethodModel method) =>
        method.Params.FirstOrDefault(p => p.Role == ParamRole.Query);

    private static ParamModel? SearchType(MethodModel method) =>
        method.Params.FirstOrDefault(p => p.Role == ParamRole.SearchType && p.Type == ParamType.Enum);
}
