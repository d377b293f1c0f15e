using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Serpstat.Client.Tests.Infrastructure;

/// <summary>A request the scripted server received.</summary>
public sealed record ScriptedRequest(
    int Index,
    string Target,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset At)
{
    private JsonElement Root => JsonDocument.Parse(Body).RootElement;

    public string Id => Root.GetProperty("id").ToString();

    public int Page => Root.GetProperty("params").TryGetProperty("page", out var p) ? p.GetInt32() : 1;

    public int Size => Root.GetProperty("params").TryGetProperty("size", out var s) ? s.GetInt32() : 100;
}

/// <summary>What the scripted server answers.</summary>
public abstract record ScriptedReply
{
    /// <summary>A whole HTTP answer.</summary>
    public sealed record Http(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null)
        : ScriptedReply;

    /// <summary>Announces <paramref name="ContentLength"/> bytes, sends <paramref name="Body"/>, then closes.</summary>
    public sealed record CutShort(string Body, int ContentLength) : ScriptedReply;

    /// <summary>Never answers.</summary>
    public sealed record Hang : ScriptedReply;
}

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 that answers each request with what a script says, for the faults a real
/// server rarely shows on cue: truncation, hangs, 5xx, Retry-After. Every arrival is stamped with the given clock.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly Func<ScriptedRequest, ScriptedReply> script;
    private readonly TimeProvider time;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<ScriptedRequest> received = new();
    private readonly Task accepting;
    private int count;

    public ScriptedServer(Func<ScriptedRequest, ScriptedReply> script, TimeProvider? time = null)
    {
        this.script = script;
        this.time = time ?? TimeProvider.System;
        listener.Start();
        Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/v4");
        accepting = AcceptAsync();
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<ScriptedRequest> Requests => received.OrderBy(r => r.Index).ToList();

    /// <summary>Waits (in real time, bounded) until <paramref name="n"/> requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int n)
    {
        for (var i = 0; i < 2000 && received.Count < n; i++)
        {
            await Task.Delay(5);
        }

        if (received.Count < n)
        {
            throw new TimeoutException($"Only {received.Count} of {n} requests arrived.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        stop.Cancel();
        listener.Stop();
        try
        {
            await accepting;
        }
        catch (Exception)
        {
            // The listener stops by throwing; nothing is left to clean.
        }

        stop.Dispose();
    }

    /// <summary>A JSON-RPC success with rows numbered from <paramref name="first"/>, as getOutlinks answers.</summary>
    public static string Page(string id, long first, int count, long? total, long? leftLines = 1000, int page = 1)
    {
        var rows = Enumerable.Range(0, count).Select(i => Row(first + i));
        var summary = $"{{\"left_lines\":{Json(leftLines)},\"page\":{page},\"count\":{count},"
                      + $"\"total\":{Json(total)},\"sort\":\"check\",\"order\":\"DESC\"}}";
        return $"{{\"id\":\"{id}\",\"result\":{{\"data\":[{string.Join(",", rows)}],\"summary_info\":{summary}}}}}";
    }

    /// <summary>A JSON-RPC error.</summary>
    public static string Error(string id, long? code, string message) =>
        $"{{\"id\":\"{id}\",\"error\":{{{(code is null ? string.Empty : $"\"code\":{code},")}"
        + $"\"message\":{JsonSerializer.Serialize(message)},\"data\":null}}}}";

    public static string Row(long n) =>
        $"{{\"url_from\":\"https://site.test/p{n}\",\"url_to\":\"https://target.test/\","
        + "\"nofollow\":\"follow\",\"link_type\":\"href\","
        + $"\"links_ext\":{n % 50},\"link_text\":\"row {n}\",\"first_seen\":\"2020-01-01\","
        + $"\"last_visited\":\"2024-01-01 00:00:00\",\"date_del\":null}}";

    private static string Json(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        while (!stop.IsCancellationRequested)
        {
            var socket = await listener.AcceptTcpClientAsync(stop.Token);
            connections.Add(ServeAsync(socket));
        }
    }

    private async Task ServeAsync(TcpClient socket)
    {
        using var _ = socket;
        var stream = socket.GetStream();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var request = await ReadRequestAsync(stream);
                if (request is null)
                {
                    return;
                }

                received.Enqueue(request);
                if (!await ReplyAsync(stream, script(request)))
                {
                    return;
                }
            }
        }
        catch (Exception) when (stop.IsCancellationRequested)
        {
        }
        catch (IOException)
        {
            // The client hung up; a hang or a cut answer ends here.
        }
    }

    private async Task<ScriptedRequest?> ReadRequestAsync(NetworkStream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(head))
        {
            if (await stream.ReadAsync(one, stop.Token) == 0)
            {
                return null;
            }

            head.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var headers = lines.Skip(1).Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        var body = new byte[int.Parse(headers.GetValueOrDefault("content-length", "0"), CultureInfo.InvariantCulture)];
        await stream.ReadExactlyAsync(body, stop.Token);
        var target = lines[0].Split(' ')[1];
        return new ScriptedRequest(
            Interlocked.Increment(ref count) - 1,
            target,
            headers,
            Encoding.UTF8.GetString(body),
            time.GetUtcNow());
    }

    /// <summary>Writes the reply; false when the connection is done.</summary>
    private async Task<bool> ReplyAsync(NetworkStream stream, ScriptedReply reply)
    {
        switch (reply)
        {
            case ScriptedReply.Http http:
                var body = Encoding.UTF8.GetBytes(http.Body);
                var extra = string.Concat(
                    (http.Headers ?? new Dictionary<string, string>()).Select(h => $"{h.Key}: {h.Value}\r\n"));
                await WriteAsync(
                    stream,
                    $"HTTP/1.1 {http.Status} X\r\nContent-Type: application/json\r\n"
                    + $"Content-Length: {body.Length}\r\n{extra}\r\n",
                    body);
                return true;
            case ScriptedReply.CutShort cut:
                await WriteAsync(
                    stream,
                    $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {cut.ContentLength}\r\n\r\n",
                    Encoding.UTF8.GetBytes(cut.Body));
                return false;
            default:
                await Task.Delay(Timeout.Infinite, stop.Token);
                return false;
        }
    }

    private async Task WriteAsync(NetworkStream stream, string head, byte[] body)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), stop.Token);
        await stream.WriteAsync(body, stop.Token);
        await stream.FlushAsync(stop.Token);
    }

    private static bool EndsWithBlankLine(List<byte> head) =>
        head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n';
}
