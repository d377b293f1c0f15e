using System.Collections.Generic;
using Serpstat.Generator.Diagnostics;

namespace Serpstat.Generator.Json;

/// <summary>
/// Turns character offsets into zero-based line and column positions. Lines end at CR LF, CR or LF, as in Roslyn's
/// <c>SourceText</c>; columns count UTF-16 characters, as Roslyn's <c>LinePosition</c> does.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> lineStarts = new() { 0 };

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (c == '\r' || c == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    public SourceSpanInfo Span(int start, int length)
    {
        var startLine = LineOf(start);
        var endLine = LineOf(start + length);
        return new SourceSpanInfo(
            start,
            length,
            startLine,
            start - lineStarts[startLine],
            endLine,
            start + length - lineStarts[endLine]);
    }

    private int LineOf(int offset)
    {
        // The last line start at or before the offset.
        var low = 0;
        var high = lineStarts.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (lineStarts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }
}
