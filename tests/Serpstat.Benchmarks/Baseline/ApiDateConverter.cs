using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serpstat.Benchmarks.Baseline;

/// <summary>
/// The API's "2019-09-05 05:51:46" is not ISO 8601 (a space, not T), which System.Text.Json's own DateTime reading
/// refuses, so the baseline reads it from the UTF-8 bytes directly, as cheaply as it can be read.
/// </summary>
internal sealed class ApiDateConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        throw new NotSupportedException();

    internal static DateTime Parse(ref Utf8JsonReader reader)
    {
        var span = reader.ValueSpan;
        var date = new DateTime(Digits(span, 0, 4), Digits(span, 5, 2), Digits(span, 8, 2));
        return span.Length < 19
            ? date
            : date.Add(new TimeSpan(Digits(span, 11, 2), Digits(span, 14, 2), Digits(span, 17, 2)));
    }

    private static int Digits(ReadOnlySpan<byte> span, int start, int length)
    {
        var value = 0;
        foreach (var b in span.Slice(start, length))
        {
            value = (value * 10) + (b - '0');
        }

        return value;
    }
}

/// <summary>The nullable twin of <see cref="ApiDateConverter"/>, for date_del.</summary>
internal sealed class ApiNullableDateConverter : JsonConverter<DateTime?>
{
    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : ApiDateConverter.Parse(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options) =>
        throw new NotSupportedException();
}
