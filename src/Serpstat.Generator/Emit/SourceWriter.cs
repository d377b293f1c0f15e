using System;
using System.Text;

namespace Serpstat.Generator.Emit;

/// <summary>Writes C# source with four-space indentation, no trailing whitespace and LF line ends.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder = new();
    private int depth;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            builder.Append(' ', depth * 4).Append(text);
        }

        builder.Append('\n');
        return this;
    }

    /// <summary>
    /// Writes <paramref name="header"/> and an opening brace, and indents until the scope is disposed.
    /// </summary>
    public IDisposable Block(string header)
    {
        Line(header);
        Line("{");
        depth++;
        return new Scope(this);
    }

    /// <summary>Writes a <c>/// &lt;summary&gt;</c> comment; the text is escaped for XML.</summary>
    public SourceWriter Summary(string? text)
    {
        Line("/// <summary>" + Xml(string.IsNullOrWhiteSpace(text) ? "No description." : text!) + "</summary>");
        return this;
    }

    public SourceWriter Param(string name, string? text) =>
        Line("/// <param name=\"" + name + "\">" + Xml(string.IsNullOrWhiteSpace(text) ? "No description." : text!)
             + "</param>");

    public override string ToString() => builder.ToString();

    public static string Xml(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", string.Empty)
            .Replace("\n", " ");

    private sealed class Scope : IDisposable
    {
        private readonly SourceWriter writer;

        public Scope(SourceWriter writer) => this.writer = writer;

        public void Dispose()
        {
            writer.depth--;
            writer.Line("}");
        }
    }
}
