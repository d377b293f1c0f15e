using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Serpstat.Benchmarks.Baseline;

/// <summary>A hand-written equivalent of the getOutlinks request, for System.Text.Json's source generator.</summary>
internal sealed class RequestPoco
{
    [JsonPropertyName("id")]
    public int Id { get; set; }

    [JsonPropertyName("method")]
    public string Method { get; set; } = string.Empty;

    [JsonPropertyName("params")]
    public ParamsPoco Params { get; set; } = new();
}

internal sealed class ParamsPoco
{
    [JsonPropertyName("query")]
    public string Query { get; set; } = string.Empty;

    [JsonPropertyName("searchType")]
    public string SearchType { get; set; } = string.Empty;

    [JsonPropertyName("sort")]
    public string? Sort { get; set; }

    [JsonPropertyName("order")]
    public string? Order { get; set; }

    [JsonPropertyName("page")]
    public int? Page { get; set; }

    [JsonPropertyName("size")]
    public int? Size { get; set; }

    [JsonPropertyName("linkPerDomain")]
    public int? LinkPerDomain { get; set; }

    [JsonPropertyName("complexFilter")]
    public List<List<ConditionPoco>>? ComplexFilter { get; set; }
}

internal sealed class ConditionPoco
{
    [JsonPropertyName("field")]
    public string Field { get; set; } = string.Empty;

    [JsonPropertyName("compareType")]
    public string CompareType { get; set; } = string.Empty;

    [JsonPropertyName("value")]
    public string[] Value { get; set; } = [];
}
