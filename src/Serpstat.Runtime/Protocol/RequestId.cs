using System;
using System.Globalization;
using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>
/// The JSON-RPC <c>id</c> of a request: a number or a text, echoed back by the API (which answers with a string even
/// for a numeric id, so responses carry it as text).
/// </summary>
public readonly struct RequestId : IEquatable<RequestId>
{
    private readonly string? text;
    private readonly long number;

    private RequestId(string? text, long number)
    {
        this.text = text;
        this.number = number;
    }

    /// <summary>Whether the id is sent as a JSON number.</summary>
    public bool IsNumber => text is null;

    /// <summary>A numeric id.</summary>
    public static RequestId FromNumber(long number) => new(null, number);

    /// <summary>A text id.</summary>
    public static RequestId FromString(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), 0);

    /// <summary>A numeric id.</summary>
    public static implicit operator RequestId(long number) => FromNumber(number);

    /// <summary>A text id.</summary>
    public static implicit operator RequestId(string text) => FromString(text);

    /// <summary>Writes the id as a JSON value.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (text is null)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    /// <summary>Whether a response id (always compared as text) answers this request.</summary>
    public bool Matches(string? responseId) => string.Equals(ToString(), responseId, StringComparison.Ordinal);

    /// <summary>The id as text: the digits of a number, or the text itself.</summary>
    public override string ToString() => text ?? number.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(RequestId other) => text == other.text && number == other.number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RequestId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => text?.GetHashCode() ?? number.GetHashCode();

    /// <summary>Equality by value and kind.</summary>
    public static bool operator ==(RequestId left, RequestId right) => left.Equals(right);

    /// <summary>Inequality by value and kind.</summary>
    public static bool operator !=(RequestId left, RequestId right) => !left.Equals(right);
}
