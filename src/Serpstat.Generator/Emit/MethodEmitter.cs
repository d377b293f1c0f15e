using System.Collections.Generic;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Emit;

/// <summary>
/// Writes every source file of one method: the class, request, filter DSL, response types and wire code.
/// </summary>
internal static class MethodEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(MethodModel method, bool annotate)
    {
        var context = new EmitContext(method, annotate);
        var prefix = method.Namespace + "." + method.Name;
        yield return (prefix + ".g.cs", MethodClassEmitter.Write(context));
        yield return (prefix + ".Request.g.cs", RequestEmitter.Write(context));
        if (method.Filter is not null && (method.Filter.Fields.Count > 0 || method.Filter.QuickFilters.Count > 0))
        {
            yield return (prefix + ".Filter.g.cs", FilterEmitter.Write(context));
        }

        yield return (prefix + ".Response.g.cs", ResponseEmitter.Write(context));
        yield return (prefix + ".Wire.g.cs", WireEmitter.Write(context));
    }
}
