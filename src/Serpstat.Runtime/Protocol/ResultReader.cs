using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>Reads a method's <c>result</c> value; the reader is on its first token.</summary>
public delegate TResult ResultReader<TResult>(ref Utf8JsonReader reader, JsonPath path);
