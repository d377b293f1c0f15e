using System;
using System.Collections.Generic;

namespace Serpstat.Protocol;

/// <summary>
/// A response value that lists several items of a vocabulary in one string, such as <c>"nofollow,UGC"</c>. Known items
/// are combined in <see cref="Value"/>; items the schema does not list are kept in <see cref="UnknownItems"/>.
/// </summary>
public readonly struct WireFlags<TEnum> : IEquatable<WireFlags<TEnum>>
    where TEnum : struct, Enum
{
    private readonly IReadOnlyList<string>? unknownItems;

    /// <summary>Creates the value.</summary>
    public WireFlags(TEnum value, string raw, IReadOnlyList<string>? unknownItems)
    {
        Value = value;
        Raw = raw;
        this.unknownItems = unknownItems;
    }

    /// <summary>The known items, combined.</summary>
    public TEnum Value { get; }

    /// <summary>The text the API sent, exactly.</summary>
    public string Raw { get; }

    /// <summary>The items the schema does not list, as sent.</summary>
    public IReadOnlyList<string> UnknownItems => unknownItems ?? Array.Empty<string>();

    /// <summary>Whether every item is listed in the schema.</summary>
    public bool IsKnown => UnknownItems.Count == 0;

    /// <inheritdoc />
    public bool Equals(WireFlags<TEnum> other) =>
        EqualityComparer<TEnum>.Default.Equals(Value, other.Value)
        && string.Equals(Raw, other.Raw, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WireFlags<TEnum> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Raw ?? string.Empty);

    /// <summary>The text the API sent.</summary>
    public override string ToString() => Raw ?? string.Empty;

    /// <summary>Equality by value and raw text.</summary>
    public static bool operator ==(WireFlags<TEnum> left, WireFlags<TEnum> right) => left.Equals(right);

    /// <summary>Inequality by value and raw text.</summary>
    public static bool operator !=(WireFlags<TEnum> left, WireFlags<TEnum> right) => !left.Equals(right);
}
