using System;
using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>A call of one API method whose successful answer is a <typeparamref name="TResult"/>.</summary>
public interface ISerpstatRequest<TResult>
    where TResult : class
{
    /// <summary>The wire method name, such as <c>SerpstatBacklinksProcedure.getOutlinks</c>.</summary>
    string MethodName { get; }

    /// <summary>Writes the <c>params</c> object.</summary>
    void WriteParams(Utf8JsonWriter writer);

    /// <summary>Reads a whole JSON-RPC response body.</summary>
    /// <exception cref="SerpstatResponseFormatException">
    /// The body is not valid JSON or a value has the wrong type.
    /// </exception>
    SerpstatResponse<TResult> ParseResponse(ReadOnlySpan<byte> utf8Json);
}
