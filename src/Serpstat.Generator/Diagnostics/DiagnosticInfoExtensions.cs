using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Serpstat.Generator.Diagnostics;

internal static class DiagnosticInfoExtensions
{
    /// <summary>
    /// Makes the Roslyn diagnostic at report time. The location is an external-file location: schema files are not
    /// syntax trees, yet the IDE shows the squiggle in the file when the path and line span are right.
    /// </summary>
    public static Diagnostic ToDiagnostic(this DiagnosticInfo info)
    {
        var arguments = info.MessageArgs.Cast<object?>().ToArray();
        return Diagnostic.Create(DiagnosticDescriptors.Get(info.Id), info.ToLocation(), arguments);
    }

    public static Location ToLocation(this DiagnosticInfo info)
    {
        if (info.FilePath is null || info.Span is null)
        {
            return Location.None;
        }

        var span = info.Span;
        return Location.Create(
            info.FilePath,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(
                new LinePosition(span.StartLine, span.StartColumn),
                new LinePosition(span.EndLine, span.EndColumn)));
    }
}
