namespace Serpstat.Generator.Schema;

/// <summary>The text of one opted-in schema file, read once per change of the file.</summary>
internal sealed record SchemaText(string Path, string Text);
