namespace Serpstat.Generator.Model;

/// <summary>One value of a closed vocabulary: a request enum, a filter value list or a response enum.</summary>
/// <param name="Wire">The exact wire spelling; for numeric values, the number's JSON text.</param>
/// <param name="WireIsNumber">True when the value travels as a JSON number rather than a string.</param>
/// <param name="Name">The C# member name.</param>
/// <param name="QueryKind">For searchType values: <c>domain</c> or <c>url</c>, what the query param must hold.</param>
/// <param name="ResponseValue">
/// For filter values the response spells differently (<c>text</c> is <c>href</c> in rows), the response's spelling.
/// </param>
internal sealed record EnumValueModel(
    string Wire,
    bool WireIsNumber,
    string Name,
    string? Description,
    string? QueryKind,
    string? ResponseValue = null);
