using System;
using System.Text;
using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>
/// Reads the JSON-RPC envelope <c>{"id": ..., "result": ...}</c> or <c>{"id": ..., "error": {...}}</c>. Members it
/// does not know, of any shape, are skipped.
/// </summary>
public static class JsonRpcEnvelope
{
    /// <summary>
    /// How deep a response may nest. Far more than any answer of the API, which nests five levels; a limit all the
    /// same, so a hostile body is refused with a format error rather than walked without end.
    /// </summary>
    internal const int MaxDepth = 256;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = MaxDepth };

    /// <summary>Reads a whole response body, handing <c>result</c> to <paramref name="readResult"/>.</summary>
    /// <exception cref="SerpstatResponseFormatException">
    /// Malformed JSON, a wrongly typed value, or no result or error.
    /// </exception>
    public static SerpstatResponse<TResult> Read<TResult>(ReadOnlySpan<byte> utf8Json, ResultReader<TResult> readResult)
        where TResult : class =>
        Read<TResult, object, TResult>(utf8Json, readResult, readRootSummary: null, static (result, _) => result);

    /// <summary>
    /// Reads a whole response body whose <c>summary_info</c> may sit beside <c>result</c> rather than inside it (as
    /// getDistributionTLD answers): <paramref name="combine"/> joins the two parts once both are read.
    /// </summary>
    /// <exception cref="SerpstatResponseFormatException">
    /// Malformed JSON, a wrongly typed value, or no result or error.
    /// </exception>
    public static SerpstatResponse<TResult> Read<TPart, TSummary, TResult>(
        ReadOnlySpan<byte> utf8Json,
        ResultReader<TPart> readResult,
        ResultReader<TSummary>? readRootSummary,
        Func<TPart, TSummary?, TResult> combine)
        where TPart : class
        where TSummary : class
        where TResult : class
    {
        try
        {
            return ReadEnvelope(utf8Json, readResult, readRootSummary, combine);
        }
        catch (JsonException exception)
        {
            var where = JsonPathLocator.Locate(utf8Json);
            throw new SerpstatResponseFormatException(
                where,
                $"malformed JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})",
                exception);
        }
    }

    private static SerpstatResponse<TResult> ReadEnvelope<TPart, TSummary, TResult>(
        ReadOnlySpan<byte> utf8Json,
        ResultReader<TPart> readResult,
        ResultReader<TSummary>? readRootSummary,
        Func<TPart, TSummary?, TResult> combine)
        where TPart : class
        where TSummary : class
        where TResult : class
    {
        // A UTF-8 byte order mark is not JSON, but some servers and files start with one.
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json.Slice(3);
        }

        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        if (!reader.Read())
        {
            throw new SerpstatResponseFormatException("$", "the body is empty");
        }

        JsonValueReader.ExpectObject(ref reader, JsonPath.Root);
        string? id = null;
        TPart? result = null;
        TSummary? rootSummary = null;
        SerpstatError? error = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (MemberNames.NameIs(ref reader, "id"u8))
            {
                reader.Read();
                id = JsonValueReader.ReadNullableString(ref reader, JsonPath.Of("$.id"));
            }
            else if (MemberNames.NameIs(ref reader, "result"u8))
            {
                reader.Read();
                result = reader.TokenType == JsonTokenType.Null
                    ? null
                    : readResult(ref reader, JsonPath.Of("$.result"));
            }
            else if (readRootSummary is not null && MemberNames.NameIs(ref reader, "summary_info"u8))
            {
                reader.Read();
                rootSummary = reader.TokenType == JsonTokenType.Null
                    ? null
                    : readRootSummary(ref reader, JsonPath.Of("$.summary_info"));
            }
            else if (MemberNames.NameIs(ref reader, "error"u8))
            {
                reader.Read();
                error = reader.TokenType == JsonTokenType.Null ? null : ReadError(ref reader, utf8Json);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // Reading once more makes the reader reject text after the closing brace.
        reader.Read();
        if (error is not null)
        {
            return new SerpstatResponse<TResult>(id, error);
        }

        return result is not null
            ? new SerpstatResponse<TResult>(id, combine(result, rootSummary))
            : throw new SerpstatResponseFormatException("$", "the response has neither a result nor an error");
    }

    private static SerpstatError ReadError(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json)
    {
        var path = JsonPath.Of("$.error");
        JsonValueReader.ExpectObject(ref reader, path);
        long code = 0;
        var message = string.Empty;
        string? data = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (MemberNames.NameIs(ref reader, "code"u8))
            {
                reader.Read();
                code = JsonValueReader.ReadNullableInt64(ref reader, path.Property("code")) ?? 0;
            }
            else if (MemberNames.NameIs(ref reader, "message"u8))
            {
                reader.Read();
                message = JsonValueReader.ReadNullableString(ref reader, path.Property("message")) ?? string.Empty;
            }
            else if (MemberNames.NameIs(ref reader, "data"u8))
            {
                reader.Read();
                data = RawValue(ref reader, utf8Json);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new SerpstatError(code, message, data);
    }

    private static string? RawValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        var end = (int)reader.BytesConsumed;
        return Encoding.UTF8.GetString(utf8Json.Slice(start, end - start).ToArray());
    }
}
