using System.ComponentModel;

namespace Serpstat.Filtering;

/// <summary>
/// A part of a written filter expression before it is normalised into a <see cref="ComplexFilter"/>: a
/// <see cref="FilterCondition"/>, or an AND, OR or NOT of parts. Only this library derives from it.
/// </summary>
/// <remarks>
/// A condition is a node itself, rather than wrapped in one, so that each condition of a query costs one object.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class FilterNode
{
    private protected FilterNode()
    {
    }

    internal sealed class And : FilterNode
    {
        public And(FilterNode left, FilterNode right) => (Left, Right) = (left, right);

        public FilterNode Left { get; }

        public FilterNode Right { get; }
    }

    internal sealed class Or : FilterNode
    {
        public Or(FilterNode left, FilterNode right) => (Left, Right) = (left, right);

        public FilterNode Left { get; }

        public FilterNode Right { get; }
    }

    internal sealed class Not : FilterNode
    {
        public Not(FilterNode operand) => Operand = operand;

        public FilterNode Operand { get; }
    }
}
