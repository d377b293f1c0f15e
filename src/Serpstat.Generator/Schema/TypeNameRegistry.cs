using System;
using System.Collections.Generic;
using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Emit;

namespace Serpstat.Generator.Schema;

/// <summary>
/// The names of the types generated inside one method's class. They share one scope, so an enum may not take the
/// name of the method, of the row type, of another enum, or of the fixed nested types.
/// </summary>
internal sealed class TypeNameRegistry
{
    private static readonly string[] Reserved =
    {
        Names.Request, Names.Result, "Response", Names.SummaryInfo, Names.FilterFields, Names.QuickFilter, Names.Wire,
    };

    private readonly SchemaContext context;
    private readonly Dictionary<string, string> owners = new(StringComparer.Ordinal);

    public TypeNameRegistry(SchemaContext context)
    {
        this.context = context;
    }

    /// <summary>Takes the name for the item at the path; false (reported) when it is reserved or taken.</summary>
    public bool Claim(string typeName, SourceSpanInfo span, string path)
    {
        var problem = Array.IndexOf(Reserved, typeName) >= 0
            ? "is reserved for a generated type (" + string.Join(", ", Reserved) + "); set another typeName"
            : owners.TryGetValue(typeName, out var owner)
                ? "is already the name of the type from " + owner + "; set a distinct typeName"
                : null;
        if (problem is not null)
        {
            context.Report(DiagnosticDescriptors.DuplicateName, span, "Type name", typeName, path, problem);
            return false;
        }

        owners.Add(typeName, path);
        return true;
    }
}
