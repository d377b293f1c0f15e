using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>The base of generated requests: writes the JSON-RPC envelope around the method's params.</summary>
public abstract class SerpstatRequest<TResult> : ISerpstatRequest<TResult>
    where TResult : class
{
    /// <inheritdoc />
    public abstract string MethodName { get; }

    /// <inheritdoc />
    public abstract void WriteParams(Utf8JsonWriter writer);

    /// <inheritdoc />
    public abstract SerpstatResponse<TResult> ParseResponse(ReadOnlySpan<byte> utf8Json);

    /// <summary>Writes the whole request body: <c>{"id": ..., "method": ..., "params": {...}}</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer, RequestId id) => JsonRpcRequestWriter.Write(writer, this, id);

    /// <summary>Writes the whole request body as UTF-8 to <paramref name="output"/>.</summary>
    public void WriteTo(IBufferWriter<byte> output, RequestId id, bool indented = false)
    {
        var options = indented ? JsonRpcRequestWriter.IndentedOptions : JsonRpcRequestWriter.CompactOptions;
        using var writer = new Utf8JsonWriter(output, options);
        WriteTo(writer, id);
    }

    /// <summary>The whole request body as UTF-8 bytes.</summary>
    public byte[] ToUtf8Json(RequestId id, bool indented = false) =>
        JsonRpcRequestWriter.ToUtf8Json(this, id, indented);

    /// <summary>The method and its params as JSON, for display and logs: <c>getOutlinks {"query":...}</c>.</summary>
    public override string ToString()
    {
        using var stream = new MemoryStream(256);
        using (var writer = new Utf8JsonWriter(stream, JsonRpcRequestWriter.CompactOptions))
        {
            WriteParams(writer);
        }

        return MethodName + " " + Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The whole request body as text, for display and logs.</summary>
    public string ToJson(RequestId id, bool indented = false) => Encoding.UTF8.GetString(ToUtf8Json(id, indented));
}
