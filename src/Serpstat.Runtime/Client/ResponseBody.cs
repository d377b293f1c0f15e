using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Serpstat.Client;

/// <summary>Reads a whole answer body, telling an answer cut short from one that is merely malformed.</summary>
internal static class ResponseBody
{
    private const int ChunkSize = 16 * 1024;

    public static async Task<byte[]> ReadAsync(
        HttpContent content,
        long maxBytes,
        string maskedUri,
        TokenMask mask,
        CancellationToken cancellationToken)
    {
        var announced = content.Headers.ContentLength;
        if (announced > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

#if NET8_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        if (announced is > 0 and < int.MaxValue)
        {
            return await ReadAnnouncedAsync(stream, (int)announced.Value, maskedUri, mask, cancellationToken)
                .ConfigureAwait(false);
        }

        using var body = new MemoryStream(announced is > 0 and < int.MaxValue ? (int)announced.Value : ChunkSize);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    throw TooLarge(maxBytes);
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (IOException failure)
        {
            throw new SerpstatTruncatedResponseException(body.Length, maskedUri, mask.Safe(failure));
        }
        catch (HttpRequestException failure)
        {
            throw new SerpstatTruncatedResponseException(body.Length, maskedUri, mask.Safe(failure));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        if (announced is { } expected && body.Length < expected)
        {
            throw new SerpstatTruncatedResponseException(body.Length, maskedUri);
        }

        return body.ToArray();
    }

    /// <summary>
    /// A body whose length the server announced, read straight into an array of that size: no growing buffer and no
    /// final copy, which for a page of rows is most of what reading it would allocate.
    /// </summary>
    private static async Task<byte[]> ReadAnnouncedAsync(
        Stream stream,
        int length,
        string maskedUri,
        TokenMask mask,
        CancellationToken cancellationToken)
    {
        var body = new byte[length];
        var filled = 0;
        try
        {
            int read;
            while (filled < length
                   && (read = await stream.ReadAsync(body, filled, length - filled, cancellationToken)
                       .ConfigureAwait(false)) > 0)
            {
                filled += read;
            }
        }
        catch (IOException failure)
        {
            throw new SerpstatTruncatedResponseException(filled, maskedUri, mask.Safe(failure));
        }
        catch (HttpRequestException failure)
        {
            throw new SerpstatTruncatedResponseException(filled, maskedUri, mask.Safe(failure));
        }

        return filled < length ? throw new SerpstatTruncatedResponseException(filled, maskedUri) : body;
    }

    private static SerpstatResponseFormatException TooLarge(long maxBytes) =>
        new("$", $"the body is larger than the {maxBytes} bytes the client reads");
}
