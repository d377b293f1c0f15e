using System;
using System.Collections.Generic;

namespace Serpstat.Generator.Schema;

/// <summary>Remembers where each name of one list was first used, so that the second use can name the first.</summary>
internal sealed class UniqueNames
{
    private readonly Dictionary<string, string> firstUses = new(StringComparer.Ordinal);

    /// <summary>Records the name at the path; returns the path of an earlier use, or null when it is new.</summary>
    public string? Claim(string name, string path)
    {
        if (firstUses.TryGetValue(name, out var firstPath))
        {
            return firstPath;
        }

        firstUses.Add(name, path);
        return null;
    }
}

/// <summary>The wire names and the C# names of the items of one list, each unique within the list.</summary>
internal sealed class ItemNames
{
    private readonly UniqueNames wires = new();
    private readonly UniqueNames names = new();
    private readonly string wireWhat;

    public ItemNames(string wireWhat = "Wire name")
    {
        this.wireWhat = wireWhat;
    }

    /// <summary>Claims the names the item has read; false when one is used earlier in the list (reported).</summary>
    public bool Claim(ObjectReader item, string? wire, string? name)
    {
        var wireTaken = wire is null ? null : wires.Claim(wire, item.Path);
        if (wireTaken is not null)
        {
            item.Context.ReportDuplicate(wireWhat, wire!, item.SpanOf("wire"), item.Path, wireTaken);
        }

        var nameTaken = name is null ? null : names.Claim(name, item.Path);
        if (nameTaken is not null)
        {
            item.Context.ReportDuplicate("Name", name!, item.SpanOf("name"), item.Path, nameTaken);
        }

        return wireTaken is null && nameTaken is null;
    }
}
