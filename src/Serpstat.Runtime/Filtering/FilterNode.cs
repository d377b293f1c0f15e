namespace Serpstat.Filtering;

/// <summary>
/// A node of a written filter expression, before it is normalised into a <see cref="ComplexFilter"/>.
/// </summary>
internal abstract class FilterNode
{
    public sealed class Condition : FilterNode
    {
        public Condition(FilterCondition value) => Value = value;

        public FilterCondition Value { get; }
    }

    public sealed class And : FilterNode
    {
        public And(FilterNode left, FilterNode right) => (Left, Right) = (left, right);

        public FilterNode Left { get; }

        public FilterNode Right { get; }
    }

    public sealed class Or : FilterNode
    {
        public Or(FilterNode left, FilterNode right) => (Left, Right) = (left, right);

        public FilterNode Left { get; }

        public FilterNode Right { get; }
    }

    public sealed class Not : FilterNode
    {
        public Not(FilterNode operand) => Operand = operand;

        public FilterNode Operand { get; }
    }
}
