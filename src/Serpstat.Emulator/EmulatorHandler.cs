using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace Serpstat.Emulator;

/// <summary>Answers one JSON-RPC POST as the API does: always HTTP 200, with a result or an error.</summary>
internal sealed class EmulatorHandler
{
    private readonly EmulatorOptions options;
    private readonly OutlinkDataset dataset;
    private readonly MethodSchema schema = MethodSchema.GetOutlinks;
    private readonly CreditLedger credits;
    private readonly RateGate rate;
    private readonly HashSet<string> connections = new(StringComparer.Ordinal);
    private long requests;

    public EmulatorHandler(EmulatorOptions options)
    {
        this.options = options;
        dataset = options.Dataset ?? OutlinkDataset.Shipped;
        credits = new CreditLedger(options.Tokens);
        rate = new RateGate(options.RequestsPerSecond, options.TimeProvider ?? TimeProvider.System);
    }

    public long Requests => Interlocked.Read(ref requests);

    public int Connections
    {
        get
        {
            lock (connections)
            {
                return connections.Count;
            }
        }
    }

    public long CreditsLeft(string token) => credits.Left(token);

    public async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        lock (connections)
        {
            connections.Add(context.Connection.Id);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            await WriteAsync(context, null, w => WriteError(w, ApiError.Invalid(ApiError.SchemaInvalid)));
            return;
        }

        using (document)
        {
            var root = document.RootElement;
            var id = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var idElement)
                ? IdText(idElement)
                : null;
            try
            {
                var answer = Answer(context, root);
                await WriteAsync(context, id, answer);
            }
            catch (ApiError error)
            {
                await WriteAsync(context, id, w => WriteError(w, error));
            }
        }
    }

    private Action<Utf8JsonWriter> Answer(HttpContext context, JsonElement root)
    {
        var token = context.Request.Query["token"].ToString();
        if (token.Length == 0)
        {
            token = context.Request.Headers["token"].ToString();
        }

        if (token.Length == 0)
        {
            throw new ApiError(null, ApiError.MissingToken);
        }

        if (!credits.Knows(token))
        {
            throw new ApiError(null, ApiError.InvalidToken);
        }

        if (!rate.TryEnter(token))
        {
            throw new ApiError(32000, ApiError.RateLimited);
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("method", out var method)
            || method.ValueKind != JsonValueKind.String)
        {
            throw ApiError.Invalid(ApiError.SchemaInvalid);
        }

        if (method.GetString() != schema.Method)
        {
            throw new ApiError(32116, "Method not supported by provider");
        }

        var parameters = root.TryGetProperty("params", out var p) ? p : default;
        var query = OutlinksQuery.Read(parameters, schema);
        var matched = query.Run(dataset);
        var total = Math.Min(matched.Count, schema.MaxRows);
        var skip = (long)(query.Page - 1) * query.Size;
        var count = (int)Math.Max(0, Math.Min(query.Size, total - skip));

        // Since 2025-06-15 an answer without data costs one credit too.
        if (!credits.TryCharge(token, Math.Max(count, 1), out var left))
        {
            throw new ApiError(32012, ApiError.CreditsExceeded);
        }

        if (count == 0)
        {
            throw new ApiError(32017, ApiError.NotFound);
        }

        return writer =>
        {
            writer.WriteStartObject("result");
            writer.WriteStartArray("data");
            for (var i = 0; i < count; i++)
            {
                OutlinkDataset.WriteRow(writer, matched[(int)skip + i]);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary_info");
            writer.WriteNumber("left_lines", left);
            writer.WriteNumber("page", query.Page);
            writer.WriteNumber("count", count);
            writer.WriteNumber("total", total);
            writer.WriteString("sort", query.Sort);
            writer.WriteString("order", query.Descending ? "DESC" : "ASC");
            writer.WriteEndObject();
            writer.WriteEndObject();
        };
    }

    private static void WriteError(Utf8JsonWriter writer, ApiError error)
    {
        writer.WriteStartObject("error");
        if (error.Code is { } code)
        {
            writer.WriteNumber("code", code);
        }

        writer.WriteString("message", error.Message);
        writer.WriteNull("data");
        writer.WriteEndObject();
    }

    private static async Task WriteAsync(HttpContext context, string? id, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, OutlinkDataset.WriterOptions))
        {
            writer.WriteStartObject();
            if (id is null)
            {
                writer.WriteNull("id");
            }
            else
            {
                writer.WriteString("id", id);
            }

            body(writer);
            writer.WriteEndObject();
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    // The API answers with the id as a string, even for a numeric one.
    private static string? IdText(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.String => id.GetString(),
        JsonValueKind.Number => id.GetRawText(),
        _ => null,
    };
}
