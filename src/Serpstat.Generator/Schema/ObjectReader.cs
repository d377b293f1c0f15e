using System;
using System.Collections.Generic;
using System.Globalization;
using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Json;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>
/// Reads the members of one schema object. Each accessor checks the JSON type and reports what is wrong at the
/// offending token, so the item readers only state what they need. Unknown and repeated members are reported once,
/// when the reader is made.
/// </summary>
internal sealed class ObjectReader
{
    private readonly JsonObject json;
    private readonly Dictionary<string, JsonProperty> members = new(StringComparer.Ordinal);

    public ObjectReader(SchemaContext context, JsonObject json, string path, IReadOnlyList<string> knownMembers)
    {
        Context = context;
        this.json = json;
        Path = path;
        CollectMembers(knownMembers);
    }

    public SchemaContext Context { get; }

    /// <summary>Where the object is, such as <c>params[2]</c>; empty for the top-level object.</summary>
    public string Path { get; }

    /// <summary>The object as messages name it.</summary>
    public string Where => Path.Length == 0 ? "the top-level object" : Path;

    /// <summary>The opening brace, where a missing member is reported.</summary>
    public SourceSpanInfo BraceSpan
    {
        get
        {
            var span = json.Span;
            var line = span.StartLine;
            return new SourceSpanInfo(span.Start, 1, line, span.StartColumn, line, span.StartColumn + 1);
        }
    }

    public string PathOf(string member) => Path.Length == 0 ? member : Path + "." + member;

    public JsonNode? Node(string member) => members.TryGetValue(member, out var property) ? property.Value : null;

    public bool Has(string member) => members.ContainsKey(member);

    /// <summary>The member's value, or the opening brace when the member is absent.</summary>
    public SourceSpanInfo SpanOf(string member) => Node(member)?.Span ?? BraceSpan;

    public void ReportMissing(string member, string reason = "")
    {
        Context.Report(DiagnosticDescriptors.MissingMember, BraceSpan, Where, member, reason);
    }

    public void ReportWrongType(string member, JsonNode node, string expected)
    {
        Context.ReportWrongType(PathOf(member), node, expected);
    }

    /// <summary>Reports a member that is valid JSON but has no meaning for this item.</summary>
    public void ReportNotApplicable(string member, string appliesTo)
    {
        Context.Report(
            DiagnosticDescriptors.InvalidReference,
            SpanOf(member),
            "'" + member + "'",
            PathOf(member),
            "applies only to " + appliesTo);
    }

    public void ReportInvalid(string member, string value, string why)
    {
        Context.Report(DiagnosticDescriptors.InvalidValue, SpanOf(member), value, PathOf(member), why);
    }

    public string? String(string member, bool required = false) =>
        (Typed(member, required, "a string", JsonNodeKind.String) as JsonString)?.Value;

    /// <summary>A wire name: any text the API uses, but not empty.</summary>
    public string? Wire(string member)
    {
        var wire = String(member, required: true);
        if (wire?.Length == 0)
        {
            ReportInvalid(member, "''", "a wire name must not be empty");
            return null;
        }

        return wire;
    }

    /// <summary>A C# name: a string that is a valid identifier and not a keyword.</summary>
    public string? Identifier(string member, bool required = false)
    {
        var name = String(member, required);
        var problem = name is null ? null : CSharpNames.IdentifierProblem(name);
        if (problem is null)
        {
            return name;
        }

        Context.Report(
            DiagnosticDescriptors.InvalidIdentifier, SpanOf(member), name!, PathOf(member), "identifier", problem);
        return null;
    }

    public long? Integer(string member, bool required = false)
    {
        if (Typed(member, required, "an integer", JsonNodeKind.Number) is not JsonNumber number)
        {
            return null;
        }

        if (!number.IsIntegerSyntax)
        {
            ReportWrongType(member, number, "an integer");
            return null;
        }

        if (!number.TryGetInt64(out var value))
        {
            ReportInvalid(member, number.Text, "it does not fit a 64-bit integer");
            return null;
        }

        return value;
    }

    /// <summary>An optional flag; false when absent.</summary>
    public bool Boolean(string member)
    {
        var flag = Typed(member, required: false, "true or false", JsonNodeKind.True, JsonNodeKind.False);
        return flag?.Kind == JsonNodeKind.True;
    }

    public JsonArray? Array(string member, bool required = false) =>
        Typed(member, required, "an array", JsonNodeKind.Array) as JsonArray;

    public JsonObject? Object(string member, bool required = false) =>
        Typed(member, required, "an object", JsonNodeKind.Object) as JsonObject;

    /// <summary>A string that must be one word of the vocabulary.</summary>
    public bool TryChoice<T>(string member, Vocabulary<T> vocabulary, bool required, out T value)
    {
        value = default!;
        var word = String(member, required);
        if (word is null)
        {
            return false;
        }

        if (vocabulary.TryGet(word, out value))
        {
            return true;
        }

        ReportInvalid(member, "'" + word + "'", "use one of " + vocabulary.Words);
        return false;
    }

    /// <summary>Reads the objects of an array member with the item reader, keeping the items it could build.</summary>
    public EquatableArray<T> List<T>(
        JsonArray array,
        string member,
        IReadOnlyList<string> knownMembers,
        Func<ObjectReader, T?> read)
        where T : class, IEquatable<T>
    {
        var built = new List<T>();
        foreach (var item in Items(array, member, knownMembers))
        {
            if (read(item) is { } value)
            {
                built.Add(value);
            }
        }

        return new EquatableArray<T>(built);
    }

    /// <summary>Reads each item of an array of objects; items of another type are reported and skipped.</summary>
    public IEnumerable<ObjectReader> Items(JsonArray array, string member, IReadOnlyList<string> knownMembers)
    {
        for (var i = 0; i < array.Items.Count; i++)
        {
            Context.CancellationToken.ThrowIfCancellationRequested();
            var itemPath = PathOf(member) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (array.Items[i] is JsonObject item)
            {
                yield return new ObjectReader(Context, item, itemPath, knownMembers);
                continue;
            }

            Context.ReportWrongType(itemPath, array.Items[i], "an object");
        }
    }

    private JsonNode? Typed(string member, bool required, string expected, params JsonNodeKind[] kinds)
    {
        var node = Node(member);
        if (node is null)
        {
            if (required)
            {
                ReportMissing(member);
            }

            return null;
        }

        if (System.Array.IndexOf(kinds, node.Kind) >= 0)
        {
            return node;
        }

        ReportWrongType(member, node, expected);
        return null;
    }

    private void CollectMembers(IReadOnlyList<string> knownMembers)
    {
        foreach (var property in json.Properties)
        {
            if (members.ContainsKey(property.Name))
            {
                Context.Report(
                    DiagnosticDescriptors.DuplicateName,
                    property.NameSpan,
                    "Member",
                    property.Name,
                    Where,
                    "appears more than once; only the first is read");
                continue;
            }

            members.Add(property.Name, property);
            if (!Contains(knownMembers, property.Name))
            {
                Context.Report(
                    DiagnosticDescriptors.UnknownMember,
                    property.NameSpan,
                    property.Name,
                    Where,
                    MemberSuggestion.For(property.Name, knownMembers));
            }
        }
    }

    private static bool Contains(IReadOnlyList<string> names, string name)
    {
        foreach (var known in names)
        {
            if (string.Equals(known, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
