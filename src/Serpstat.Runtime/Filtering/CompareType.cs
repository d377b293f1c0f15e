using System;

namespace Serpstat.Filtering;

/// <summary>How a filter condition compares a field with its values (the API's <c>compareType</c>).</summary>
public enum CompareType
{
    /// <summary><c>gt</c>: greater than the value.</summary>
    Gt,

    /// <summary><c>lt</c>: less than the value.</summary>
    Lt,

    /// <summary><c>gte</c>: greater than or equal to the value.</summary>
    Gte,

    /// <summary><c>lte</c>: less than or equal to the value.</summary>
    Lte,

    /// <summary><c>eq</c>: equal to the value.</summary>
    Eq,

    /// <summary><c>neq</c>: not equal to the value.</summary>
    Neq,

    /// <summary><c>between</c>: from the first value to the second, both included.</summary>
    Between,

    /// <summary><c>contains</c>: contains the text; on a field with listed values, is any of the values.</summary>
    Contains,

    /// <summary>
    /// <c>notContains</c>: does not contain the text; on a field with listed values, is none of them.
    /// </summary>
    NotContains,

    /// <summary><c>startsWith</c>: starts with the text.</summary>
    StartsWith,

    /// <summary><c>endsWith</c>: ends with the text.</summary>
    EndsWith,
}

/// <summary>A set of compare types, such as those a field allows.</summary>
[Flags]
public enum CompareTypes
{
    /// <summary>No compare type.</summary>
    None = 0,

    /// <summary><see cref="CompareType.Gt"/>.</summary>
    Gt = 1 << CompareType.Gt,

    /// <summary><see cref="CompareType.Lt"/>.</summary>
    Lt = 1 << CompareType.Lt,

    /// <summary><see cref="CompareType.Gte"/>.</summary>
    Gte = 1 << CompareType.Gte,

    /// <summary><see cref="CompareType.Lte"/>.</summary>
    Lte = 1 << CompareType.Lte,

    /// <summary><see cref="CompareType.Eq"/>.</summary>
    Eq = 1 << CompareType.Eq,

    /// <summary><see cref="CompareType.Neq"/>.</summary>
    Neq = 1 << CompareType.Neq,

    /// <summary><see cref="CompareType.Between"/>.</summary>
    Between = 1 << CompareType.Between,

    /// <summary><see cref="CompareType.Contains"/>.</summary>
    Contains = 1 << CompareType.Contains,

    /// <summary><see cref="CompareType.NotContains"/>.</summary>
    NotContains = 1 << CompareType.NotContains,

    /// <summary><see cref="CompareType.StartsWith"/>.</summary>
    StartsWith = 1 << CompareType.StartsWith,

    /// <summary><see cref="CompareType.EndsWith"/>.</summary>
    EndsWith = 1 << CompareType.EndsWith,
}
