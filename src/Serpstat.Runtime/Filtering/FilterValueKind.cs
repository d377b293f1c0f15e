namespace Serpstat.Filtering;

/// <summary>What kind of value a filter field compares.</summary>
public enum FilterValueKind
{
    /// <summary>Free text, such as a URL or an anchor.</summary>
    Text,

    /// <summary>A whole number, sent as its decimal digits.</summary>
    Integer,

    /// <summary>A decimal number, sent with a dot as the decimal separator.</summary>
    Number,

    /// <summary>A calendar date, sent in the field's date format.</summary>
    Date,

    /// <summary>One of the values the API lists for the field.</summary>
    Enum,

    /// <summary>
    /// A named quick filter, sent as <c>{"additional_filters": "name"}</c> inside an AND group; it has no compare type
    /// and no value.
    /// </summary>
    QuickFilter,
}
