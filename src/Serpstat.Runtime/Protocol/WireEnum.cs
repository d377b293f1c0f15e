using System;
using System.Collections.Generic;

namespace Serpstat.Protocol;

/// <summary>
/// A response value from a listed vocabulary. A value the schema does not list is kept: <see cref="IsKnown"/> is
/// false, <see cref="Value"/> is the enum's Unknown member and <see cref="Raw"/> holds the text the API sent.
/// </summary>
public readonly struct WireEnum<TEnum> : IEquatable<WireEnum<TEnum>>
    where TEnum : struct, Enum
{
    /// <summary>Creates the value.</summary>
    public WireEnum(TEnum value, string raw, bool isKnown)
    {
        Value = value;
        Raw = raw;
        IsKnown = isKnown;
    }

    /// <summary>The known value, or the enum's Unknown member.</summary>
    public TEnum Value { get; }

    /// <summary>The text the API sent, exactly.</summary>
    public string Raw { get; }

    /// <summary>Whether the schema lists the value.</summary>
    public bool IsKnown { get; }

    /// <inheritdoc />
    public bool Equals(WireEnum<TEnum> other) =>
        EqualityComparer<TEnum>.Default.Equals(Value, other.Value)
        && string.Equals(Raw, other.Raw, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is WireEnum<TEnum> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Raw ?? string.Empty);

    /// <summary>The text the API sent.</summary>
    public override string ToString() => Raw ?? string.Empty;

    /// <summary>Equality by value and raw text.</summary>
    public static bool operator ==(WireEnum<TEnum> left, WireEnum<TEnum> right) => left.Equals(right);

    /// <summary>Inequality by value and raw text.</summary>
    public static bool operator !=(WireEnum<TEnum> left, WireEnum<TEnum> right) => !left.Equals(right);
}
