using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>The base of generated requests: writes the JSON-RPC envelope around the method's params.</summary>
public abstract class SerpstatRequest<TResult> : ISerpstatRequest<TResult>
    where TResult : class
{
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText MethodNameProperty = JsonEncodedText.Encode("method");
    private static readonly JsonEncodedText ParamsName = JsonEncodedText.Encode("params");

    // The body is JSON sent over HTTP, never embedded in HTML, so non-ASCII text (anchors in Cyrillic) is written as
    // is rather than as \u escapes: shorter on the wire and readable in logs.
    private static readonly JsonWriterOptions CompactOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
    private static readonly JsonWriterOptions IndentedOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    /// <inheritdoc />
    public abstract string MethodName { get; }

    /// <inheritdoc />
    public abstract void WriteParams(Utf8JsonWriter writer);

    /// <inheritdoc />
    public abstract SerpstatResponse<TResult> ParseResponse(ReadOnlySpan<byte> utf8Json);

    /// <summary>Writes the whole request body: <c>{"id": ..., "method": ..., "params": {...}}</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer, RequestId id)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStartObject();
        writer.WritePropertyName(IdName);
        id.WriteTo(writer);
        writer.WriteString(MethodNameProperty, MethodName);
        writer.WritePropertyName(ParamsName);
        WriteParams(writer);
        writer.WriteEndObject();
    }

    /// <summary>Writes the whole request body as UTF-8 to <paramref name="output"/>.</summary>
    public void WriteTo(IBufferWriter<byte> output, RequestId id, bool indented = false)
    {
        using var writer = new Utf8JsonWriter(output, indented ? IndentedOptions : CompactOptions);
        WriteTo(writer, id);
    }

    /// <summary>The whole request body as UTF-8 bytes.</summary>
    public byte[] ToUtf8Json(RequestId id, bool indented = false)
    {
        using var stream = new MemoryStream(512);
        using (var writer = new Utf8JsonWriter(stream, indented ? IndentedOptions : CompactOptions))
        {
            WriteTo(writer, id);
        }

        return stream.ToArray();
    }

    /// <summary>The whole request body as text, for display and logs.</summary>
    public string ToJson(RequestId id, bool indented = false) => Encoding.UTF8.GetString(ToUtf8Json(id, indented));
}
