namespace Serpstat.Generator.Model;

/// <summary>
/// One API method, as its schema file describes it. Holds only strings, numbers and equatable arrays.
/// </summary>
/// <param name="SchemaPath">The schema file the method came from, for naming generated sources.</param>
/// <param name="Method">The wire method name, such as <c>SerpstatBacklinksProcedure.getOutlinks</c>.</param>
/// <param name="Name">The C# name of the static class that holds the method's types.</param>
/// <param name="Namespace">The C# namespace of the generated types.</param>
/// <param name="CreditsPerRow">API credits one row of <c>data</c> costs, when the method charges by row.</param>
/// <param name="MaxRows">The most rows the API returns for one query over all pages.</param>
internal sealed record MethodModel(
    string SchemaPath,
    string Method,
    string Name,
    string Namespace,
    string? Description,
    int? CreditsPerRow,
    long? MaxRows,
    EquatableArray<ParamModel> Params,
    FilterModel? Filter,
    ResponseModel Response);
