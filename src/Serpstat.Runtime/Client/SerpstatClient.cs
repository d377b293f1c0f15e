using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Serpstat.Protocol;

namespace Serpstat.Client;

/// <summary>
/// Sends requests to the Serpstat API (or a local emulator) over a given <see cref="HttpClient"/>: paces calls,
/// retries transient failures, turns error answers into typed exceptions and pages through lists.
/// </summary>
/// <remarks>
/// The client never creates or disposes an <see cref="HttpClient"/>: it uses the one it is given, for every call.
/// The token never appears in its exceptions, logs or <see cref="ToString"/>.
/// </remarks>
public sealed partial class SerpstatClient
{
    /// <summary>The token's name as a query parameter and as a header.</summary>
    internal const string TokenName = "token";

    private readonly HttpClient http;
    private readonly SerpstatClientOptions options;
    private readonly SerpstatRequestPacer pacer;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly RetryPolicy retries;
    private readonly TokenMask mask;
    private readonly Uri requestUri;
    private long nextId;
    private long creditsLeft = -1;

    /// <summary>Creates a client with its own request pacer.</summary>
    /// <param name="httpClient">The HTTP client to send with; the caller owns it.</param>
    /// <param name="options">Endpoint, token, pacing and retries.</param>
    /// <param name="logger">Where the client logs calls, pages and retries.</param>
    /// <param name="timeProvider">The clock for pacing, retry waits and timeouts; the system clock when null.</param>
    public SerpstatClient(
        HttpClient httpClient,
        SerpstatClientOptions options,
        ILogger<SerpstatClient>? logger = null,
        TimeProvider? timeProvider = null)
        : this(httpClient, options, null, logger, timeProvider)
    {
    }

    /// <summary>Creates a client that shares <paramref name="pacer"/> with other clients of the same token.</summary>
    /// <param name="httpClient">The HTTP client to send with; the caller owns it.</param>
    /// <param name="options">Endpoint, token, pacing and retries.</param>
    /// <param name="pacer">The pacer every call waits on; a new one from the options when null.</param>
    /// <param name="logger">Where the client logs calls, pages and retries.</param>
    /// <param name="timeProvider">The clock for pacing, retry waits and timeouts; the system clock when null.</param>
    public SerpstatClient(
        HttpClient httpClient,
        SerpstatClientOptions options,
        SerpstatRequestPacer? pacer,
        ILogger<SerpstatClient>? logger = null,
        TimeProvider? timeProvider = null)
    {
        http = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
        time = timeProvider ?? TimeProvider.System;
        this.pacer = pacer ?? new SerpstatRequestPacer(options.RequestsPerSecond, time);
        this.logger = logger ?? (ILogger)NullLogger.Instance;
        retries = new RetryPolicy(options);
        mask = new TokenMask(options.Token);
        requestUri = BuildRequestUri(options);
        MaskedEndpoint = mask.Apply(requestUri.ToString());
    }

    /// <summary>The URL calls go to, with the token masked.</summary>
    public string MaskedEndpoint { get; }

    /// <summary>
    /// The API credits left on the plan, as the last page's <c>left_lines</c> said; null before any page.
    /// </summary>
    public long? CreditsLeft
    {
        get
        {
            var value = Interlocked.Read(ref creditsLeft);
            return value < 0 ? null : value;
        }
    }

    /// <summary>Sends one request and returns its result.</summary>
    /// <exception cref="SerpstatApiException">
    /// The API answered with an error (a subclass names the common codes).
    /// </exception>
    /// <exception cref="SerpstatHttpException">The server answered with a status other than 200.</exception>
    /// <exception cref="SerpstatTimeoutException">No complete answer within the request timeout.</exception>
    /// <exception cref="SerpstatConnectionException">The server could not be reached.</exception>
    /// <exception cref="SerpstatTruncatedResponseException">The answer ended early.</exception>
    /// <exception cref="SerpstatResponseFormatException">The answer is not the method's JSON-RPC answer.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public async Task<TResult> SendAsync<TResult>(
        ISerpstatRequest<TResult> request,
        CancellationToken cancellationToken = default)
        where TResult : class
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var started = time.GetTimestamp();
        var result = await SendWithRetriesAsync(request, cancellationToken).ConfigureAwait(false);
        ClientLog.CallAnswered(logger, request.MethodName, time.GetElapsedTime(started));
        return result;
    }

    /// <summary>The client's endpoint with the token masked.</summary>
    public override string ToString() => "SerpstatClient " + MaskedEndpoint;

    private static Uri BuildRequestUri(SerpstatClientOptions options)
    {
        if (options.TokenPlacement != TokenPlacement.QueryString || string.IsNullOrEmpty(options.Token))
        {
            return options.Endpoint;
        }

        var builder = new UriBuilder(options.Endpoint);
        var query = builder.Query.TrimStart('?');
        var token = TokenName + "=" + Uri.EscapeDataString(options.Token);
        builder.Query = query.Length == 0 ? token : query + "&" + token;
        return builder.Uri;
    }

    private async Task<TResult> SendWithRetriesAsync<TResult>(
        ISerpstatRequest<TResult> request,
        CancellationToken cancellationToken)
        where TResult : class
    {
        for (var attempt = 1; ; attempt++)
        {
            await pacer.WaitAsync(cancellationToken).ConfigureAwait(false);
            var (result, failure, retryAfter) = await SendOnceAsync(request, cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                return result!;
            }

            if (attempt > retries.MaxRetries || !RetryPolicy.IsTransient(failure) || !retries.AllowsWait(retryAfter))
            {
                ClientLog.CallFailed(logger, request.MethodName, attempt, failure);
                ExceptionDispatchInfo.Capture(failure).Throw();
            }

            var delay = retries.DelayBefore(attempt - 1, retryAfter);
            ClientLog.Retry(logger, request.MethodName, attempt, failure, delay);
            await TimeProviderCompat.Delay(time, delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One try: its result, or the failure with the server's Retry-After when it sent one.</summary>
    private async Task<(TResult? Result, SerpstatException? Failure, TimeSpan? RetryAfter)> SendOnceAsync<TResult>(
        ISerpstatRequest<TResult> request,
        CancellationToken cancellationToken)
        where TResult : class
    {
        var id = RequestId.FromString(Interlocked.Increment(ref nextId).ToString(CultureInfo.InvariantCulture));
        var body = JsonRpcRequestWriter.ToUtf8Json(request, id, indented: false);
        using var timeout = options.RequestTimeout == Timeout.InfiniteTimeSpan
            ? new CancellationTokenSource()
            : TimeProviderCompat.CancelAfter(time, options.RequestTimeout);
        // A caller's token that can never fire needs no linking: the timeout's token alone serves.
        using var linked = cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token)
            : null;
        var token = linked?.Token ?? timeout.Token;
        TimeSpan? retryAfter = null;
        try
        {
            using var message = CreateMessage(body);
            using var response = await SendHttpAsync(message, token).ConfigureAwait(false);
            retryAfter = RetryAfterOf(response);
            if (response.StatusCode != System.Net.HttpStatusCode.OK)
            {
                throw new SerpstatHttpException((int)response.StatusCode, MaskedEndpoint, retryAfter);
            }

            var bytes = await ResponseBody
                .ReadAsync(response.Content, options.MaxResponseBytes, MaskedEndpoint, mask, token)
                .ConfigureAwait(false);
            var parsed = Parse(request, bytes);
            if (parsed.Id is not null && !id.Matches(parsed.Id))
            {
                throw new SerpstatResponseFormatException(
                    "$.id",
                    $"the answer is to request {mask.Apply(parsed.Id)}, not {id}");
            }

            if (parsed.Error is { } error)
            {
                var data = error.DataJson is null ? null : mask.Apply(error.DataJson);
                var safe = new SerpstatError(error.Code, mask.Apply(error.Message), data);
                throw SerpstatApiException.Create(safe, id.ToString(), retryAfter);
            }

            return (parsed.Result, null, null);
        }
        catch (OperationCanceledException)
            when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, new SerpstatTimeoutException(options.RequestTimeout, MaskedEndpoint), null);
        }
        catch (SerpstatException failure)
        {
            return (null, failure, retryAfter);
        }
    }

    private HttpRequestMessage CreateMessage(byte[] body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, requestUri)
        {
            Content = new ByteArrayContent(body),
        };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (options.TokenPlacement == TokenPlacement.Header && !string.IsNullOrEmpty(options.Token))
        {
            message.Headers.TryAddWithoutValidation(TokenName, options.Token);
        }

        return message;
    }

    private async Task<HttpResponseMessage> SendHttpAsync(
        HttpRequestMessage message,
        CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout ran out (the caller's token and ours are both quiet).
            throw new SerpstatTimeoutException(http.Timeout, MaskedEndpoint);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // A connection failure, or whatever a handler threw: either may print the URL or the headers.
            throw new SerpstatConnectionException(MaskedEndpoint, mask.Apply(failure.Message), mask.Safe(failure));
        }
    }

    private SerpstatResponse<TResult> Parse<TResult>(ISerpstatRequest<TResult> request, byte[] bytes)
        where TResult : class
    {
        try
        {
            return request.ParseResponse(bytes);
        }
        catch (SerpstatResponseFormatException failure)
        {
            if (JsonCompleteness.IsTruncated(bytes))
            {
                throw new SerpstatTruncatedResponseException(bytes.Length, MaskedEndpoint, mask.Safe(failure));
            }

            if (mask.Leaks(failure.ToString()))
            {
                throw new SerpstatResponseFormatException(mask.Apply(failure.JsonPath), mask.Apply(failure.Problem));
            }

            throw;
        }
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
