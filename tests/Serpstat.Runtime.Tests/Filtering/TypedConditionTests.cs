using System;
using System.Collections.Generic;
using Serpstat.Filtering;
using Xunit;

namespace Serpstat.Runtime.Tests.Filtering;

/// <summary>
/// Conditions made from numbers and dates as they are, which the generated fields use: the same wire text and the
/// same refusals as the text forms, with no parsing.
/// </summary>
public sealed class TypedConditionTests
{
    private static readonly FilterFieldInfo Links = new(
        "links_external",
        FilterValueKind.Integer,
        CompareTypes.Gt | CompareTypes.Between);

    private static readonly FilterFieldInfo Rank = new(
        "domain_rank",
        FilterValueKind.Number,
        CompareTypes.Gte | CompareTypes.Between);

    private static readonly FilterFieldInfo Checked = new(
        "check",
        FilterValueKind.Date,
        CompareTypes.Lte | CompareTypes.Between,
        FilterDates.DayMonthYear);

    private static readonly FilterFieldInfo Added = new(
        "date_add",
        FilterValueKind.Date,
        CompareTypes.Lte,
        FilterDates.YearMonthDay);

    [Fact]
    public void Typed_values_travel_as_their_text_forms_do()
    {
        Assert.Equal(
            FilterCondition.Create(Links, CompareType.Gt, "-5"),
            FilterCondition.Create(Links, CompareType.Gt, -5));
        Assert.Equal(new[] { "1", "500" }, FilterCondition.Create(Links, CompareType.Between, 1, 500).Values);
        Assert.Equal(new[] { "0.25" }, FilterCondition.Create(Rank, CompareType.Gte, 0.25).Values);
        Assert.Equal(new[] { "5" }, FilterCondition.Create(Rank, CompareType.Gte, 5L).Values);
        Assert.Equal(
            new[] { "01.01.2030" },
            FilterCondition.Create(Checked, CompareType.Lte, new DateTime(2030, 1, 1, 23, 59, 0)).Values);
        Assert.Equal(
            new[] { "2030-01-02" },
            FilterCondition.Create(Added, CompareType.Lte, new DateTime(2030, 1, 2)).Values);
    }

    [Fact]
    public void Whole_numbers_on_a_number_field_keep_their_digits()
    {
        const long PastDoubles = 9007199254740993;

        var typed = FilterCondition.Create(Rank, CompareType.Gte, PastDoubles);
        var text = FilterCondition.Create(Rank, CompareType.Gte, "9007199254740993");
        var range = FilterCondition.Create(Rank, CompareType.Between, PastDoubles - 1, PastDoubles);
        var reversed = Assert.Throws<SerpstatFilterException>(
            () => FilterCondition.Create(Rank, CompareType.Between, "9007199254740993", "9007199254740992"));
        var notANumber = Assert.Throws<SerpstatFilterException>(
            () => FilterCondition.Create(Rank, CompareType.Between, 1.0, double.NaN));
        var tooLarge = Assert.Throws<SerpstatFilterException>(
            () => FilterCondition.Create(Rank, CompareType.Gte, "1e400"));

        Assert.Equal(new[] { "9007199254740993" }, typed.Values);
        Assert.Equal(typed, text);
        Assert.Equal(new[] { "9007199254740992", "9007199254740993" }, range.Values);
        Assert.Equal(
            "Filter 'domain_rank between' has its lower bound 9007199254740993 above its upper bound 9007199254740992.",
            reversed.Message);
        Assert.Equal("Filter 'domain_rank between' takes finite numbers; 'NaN' is not one.", notANumber.Message);
        Assert.Equal("Filter 'domain_rank gte' takes finite numbers; '1e400' is not one.", tooLarge.Message);
    }

    [Fact]
    public void A_condition_cannot_be_changed_through_its_values()
    {
        var range = FilterCondition.Create(Links, CompareType.Between, 1, 5);

        var values = Assert.IsAssignableFrom<IList<string>>(range.Values);
        Assert.Throws<NotSupportedException>(() => values[0] = "9");

        Assert.IsNotType<string[]>(range.Values);
        Assert.Equal(new[] { "1", "5" }, range.Values);
    }

    [Fact]
    public void Bounds_are_compared_as_values()
    {
        var sameDay = FilterCondition.Create(
            Checked,
            CompareType.Between,
            new DateTime(2030, 1, 1, 18, 0, 0),
            new DateTime(2030, 1, 1, 6, 0, 0));

        var numbers = Assert.Throws<SerpstatFilterException>(
            () => FilterCondition.Create(Links, CompareType.Between, 10, 9));
        var dates = Assert.Throws<SerpstatFilterException>(
            () => FilterCondition.Create(
                Checked,
                CompareType.Between,
                new DateTime(2030, 2, 1),
                new DateTime(2030, 1, 1)));

        Assert.Equal(new[] { "01.01.2030", "01.01.2030" }, sameDay.Values);
        Assert.Equal(
            "Filter 'links_external between' has its lower bound 10 above its upper bound 9.",
            numbers.Message);
        Assert.Equal(
            "Filter 'check between' has its lower bound 01.02.2030 above its upper bound 01.01.2030.",
            dates.Message);
    }

    [Fact]
    public void A_value_of_another_kind_or_count_is_refused()
    {
        var fraction = Assert.Throws<SerpstatFilterException>(() => FilterCondition.Create(Links, CompareType.Gt, 2.5));
        var date = Assert.Throws<SerpstatFilterException>(
            () => FilterCondition.Create(Links, CompareType.Gt, new DateTime(2030, 1, 1)));
        var oneBound = Assert.Throws<SerpstatFilterException>(
            () => FilterCondition.Create(Links, CompareType.Between, 5));
        var twoValues = Assert.Throws<SerpstatFilterException>(
            () => FilterCondition.Create(Links, CompareType.Gt, 1, 2));
        var infinite = Assert.Throws<SerpstatFilterException>(
            () => FilterCondition.Create(Rank, CompareType.Gte, double.PositiveInfinity));
        var compareType = Assert.Throws<SerpstatFilterException>(
            () => FilterCondition.Create(Rank, CompareType.Lt, 1.0));

        Assert.Equal("Filter 'links_external gt' takes whole numbers, not numbers.", fraction.Message);
        Assert.Equal("Filter 'links_external gt' takes whole numbers, not dates.", date.Message);
        Assert.Equal("Filter 'links_external between' needs exactly two values (from, to); got 1.", oneBound.Message);
        Assert.Equal("Filter 'links_external gt' takes one value; got 2.", twoValues.Message);
        Assert.Equal("Filter 'domain_rank gte' takes finite numbers; 'Infinity' is not one.", infinite.Message);
        Assert.Equal(
            "Field 'domain_rank' does not allow compare type 'lt'; it allows: gte, between.",
            compareType.Message);
    }
}
