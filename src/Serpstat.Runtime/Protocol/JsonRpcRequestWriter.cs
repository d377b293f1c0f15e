using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>
/// Writes the JSON-RPC request envelope <c>{"id": ..., "method": ..., "params": {...}}</c> of any request.
/// </summary>
internal static class JsonRpcRequestWriter
{
    private static readonly JsonEncodedText IdName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText MethodNameProperty = JsonEncodedText.Encode("method");
    private static readonly JsonEncodedText ParamsName = JsonEncodedText.Encode("params");

    // The body is JSON sent over HTTP, never embedded in HTML, so non-ASCII text (anchors in Cyrillic) is written as
    // is rather than as \u escapes: shorter on the wire and readable in logs.
    public static readonly JsonWriterOptions CompactOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonWriterOptions IndentedOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
    };

    // The method name of the last request written, encoded: a client sends one method over and over, and its name
    // (38 bytes for getOutlinks) need not be transcoded each time. Replaced whole, so a racing reader sees a pair.
    private static EncodedName lastMethod = new(string.Empty, JsonEncodedText.Encode(string.Empty));

    public static void Write<TResult>(Utf8JsonWriter writer, ISerpstatRequest<TResult> request, RequestId id)
        where TResult : class
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        writer.WriteStartObject();
        writer.WritePropertyName(IdName);
        id.WriteTo(writer);
        writer.WriteString(MethodNameProperty, Encoded(request.MethodName));
        writer.WritePropertyName(ParamsName);
        request.WriteParams(writer);
        writer.WriteEndObject();
    }

    public static byte[] ToUtf8Json<TResult>(ISerpstatRequest<TResult> request, RequestId id, bool indented)
        where TResult : class
    {
        using var stream = new MemoryStream(512);
        using (var writer = new Utf8JsonWriter(stream, indented ? IndentedOptions : CompactOptions))
        {
            Write(writer, request, id);
        }

        return stream.ToArray();
    }

    private static JsonEncodedText Encoded(string methodName)
    {
        var last = lastMethod;
        if (!ReferenceEquals(last.Text, methodName))
        {
            last = new EncodedName(methodName, JsonEncodedText.Encode(methodName));
            lastMethod = last;
        }

        return last.Encoded;
    }

    private sealed class EncodedName
    {
        public EncodedName(string text, JsonEncodedText encoded) => (Text, Encoded) = (text, encoded);

        public string Text { get; }

        public JsonEncodedText Encoded { get; }
    }
}
