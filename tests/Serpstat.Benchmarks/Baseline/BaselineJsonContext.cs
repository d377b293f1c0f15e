using System.Text.Json.Serialization;

namespace Serpstat.Benchmarks.Baseline;

/// <summary>System.Text.Json's source-generated serializer for the baseline POCOs.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RequestPoco))]
[JsonSerializable(typeof(ResponsePoco))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext
{
}
