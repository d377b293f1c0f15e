using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Serpstat.Generator.Diagnostics;
using Serpstat.Generator.Json;
using Serpstat.Generator.Model;

namespace Serpstat.Generator.Schema;

/// <summary>What the readers of one schema file share: the file, the diagnostics so far and the type names.</summary>
internal sealed class SchemaContext
{
    private readonly List<DiagnosticInfo> diagnostics = new();

    public SchemaContext(string filePath, CancellationToken cancellationToken)
    {
        FilePath = filePath;
        CancellationToken = cancellationToken;
        TypeNames = new TypeNameRegistry(this);
    }

    public string FilePath { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The nested type names of the method, which must all differ.</summary>
    public TypeNameRegistry TypeNames { get; }

    public void Report(DiagnosticDescriptor descriptor, SourceSpanInfo span, params string[] messageArgs)
    {
        diagnostics.Add(new DiagnosticInfo(descriptor.Id, FilePath, span, new EquatableArray<string>(messageArgs)));
    }

    public void ReportWrongType(string path, JsonNode node, string expected)
    {
        Report(DiagnosticDescriptors.WrongJsonType, node.Span, "'" + path + "'", expected, JsonText.Describe(node));
    }

    /// <summary>The second use of a name that must be unique in its list.</summary>
    public void ReportDuplicate(string what, string name, SourceSpanInfo span, string path, string firstPath)
    {
        Report(DiagnosticDescriptors.DuplicateName, span, what, name, path, "is already used at " + firstPath);
    }

    /// <summary>The diagnostics in file order, so that the error list reads top to bottom.</summary>
    public EquatableArray<DiagnosticInfo> Diagnostics() =>
        new(diagnostics.OrderBy(diagnostic => diagnostic.Span?.Start ?? -1));
}
