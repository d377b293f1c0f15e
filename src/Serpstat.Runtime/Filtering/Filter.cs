using System;

namespace Serpstat.Filtering;

/// <summary>
/// A filter over the fields <typeparamref name="TFields"/> of one API method, written with <c>&amp;&amp;</c>,
/// <c>||</c> and <c>!</c>. Filters of different methods do not mix: the type parameter keeps them apart.
/// </summary>
/// <remarks>
/// <para>
/// <c>&amp;&amp;</c> and <c>||</c> work through the <c>&amp;</c>, <c>|</c>, <c>true</c> and <c>false</c> operators: a
/// filter is never "already true" or "already false", so both sides are always combined.
/// </para>
/// <para>
/// A struct, so that combining filters costs no wrapper object. Filters come from the generated filter fields;
/// <c>default</c> holds no filter, and combining or sending it throws.
/// </para>
/// </remarks>
/// <typeparam name="TFields">The generated filter-fields type of the method.</typeparam>
public readonly struct Filter<TFields>
{
    private readonly FilterNode? node;

    private Filter(FilterNode node) => this.node = node;

    /// <summary>Whether this is <c>default</c>, which holds no filter.</summary>
    public bool IsEmpty => node is null;

    internal FilterNode Node => node ?? throw new ArgumentException(
        "The filter is empty (default): build filters from the generated filter fields, the f of Where(f => ...).");

    /// <summary>Wraps one checked condition; generated filter fields call this.</summary>
    public static Filter<TFields> Of(FilterCondition condition) =>
        new(condition ?? throw new ArgumentNullException(nameof(condition)));

    /// <summary>Both filters hold (AND).</summary>
    public static Filter<TFields> operator &(Filter<TFields> left, Filter<TFields> right) =>
        new(new FilterNode.And(left.Node, right.Node));

    /// <summary>Either filter holds (OR).</summary>
    public static Filter<TFields> operator |(Filter<TFields> left, Filter<TFields> right) =>
        new(new FilterNode.Or(left.Node, right.Node));

    /// <summary>The filter does not hold (NOT); normalisation turns it into the opposite compare types.</summary>
    public static Filter<TFields> operator !(Filter<TFields> operand) => new(new FilterNode.Not(operand.Node));

    /// <summary>Never true, so that <c>||</c> always evaluates its right side.</summary>
    public static bool operator true(Filter<TFields> filter) => false;

    /// <summary>Never false, so that <c>&amp;&amp;</c> always evaluates its right side.</summary>
    public static bool operator false(Filter<TFields> filter) => false;

    /// <summary>Named alternative to <c>&amp;</c>.</summary>
    public Filter<TFields> And(Filter<TFields> other) => this & other;

    /// <summary>Named alternative to <c>|</c>.</summary>
    public Filter<TFields> Or(Filter<TFields> other) => this | other;

    /// <summary>Named alternative to <c>!</c>.</summary>
    public Filter<TFields> Not() => !this;

    /// <summary>The filter in the API's form: an OR of AND groups.</summary>
    /// <exception cref="SerpstatFilterException">The filter cannot be expressed in the API's form.</exception>
    /// <exception cref="ArgumentException">The filter is empty (<c>default</c>).</exception>
    public ComplexFilter ToComplexFilter() => FilterNormalizer.Normalize(Node);
}
