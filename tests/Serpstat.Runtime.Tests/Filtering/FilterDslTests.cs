using System;
using System.Linq;
using Serpstat.Backlinks;
using Serpstat.Filtering;
using Serpstat.Runtime.Tests.Support;
using Xunit;

namespace Serpstat.Runtime.Tests.Filtering;

/// <summary>What the DSL sends for each construct, and what it refuses before sending.</summary>
public sealed class FilterDslTests
{
    [Theory]
    [InlineData("gt", "lte")]
    [InlineData("gte", "lt")]
    [InlineData("lt", "gte")]
    [InlineData("lte", "gt")]
    [InlineData("eq", "neq")]
    [InlineData("neq", "eq")]
    public void Negated_comparison_becomes_its_opposite(string compareType, string opposite)
    {
        var filter = Normalize(f => !f.Condition("links_external", Parse(compareType), "5"));

        Assert.Equal("(links_external " + opposite + " [5])", filter.ToString());
    }

    [Theory]
    [InlineData("links_external", "+5", "5")]
    [InlineData("links_external", "007", "7")]
    [InlineData("links_external", "-0", "0")]
    [InlineData("links_external", "-12", "-12")]
    [InlineData("links_external", "0", "0")]
    [InlineData("check", "1.1.2030", "01.01.2030")]
    [InlineData("check", "01.1.2030", "01.01.2030")]
    [InlineData("check", "29.02.2028", "29.02.2028")]
    public void Values_are_sent_in_canonical_form(string field, string written, string sent)
    {
        var filter = Normalize(f => f.Condition(field, CompareType.Eq, written));

        Assert.Equal("(" + field + " eq [" + sent + "])", filter.ToString());
    }

    [Theory]
    [InlineData("1.1.1.2030")]
    [InlineData("1..2030")]
    [InlineData("01.01.30")]
    [InlineData("29.02.2030")]
    [InlineData("01.01.2030.")]
    public void Text_that_is_no_date_in_the_format_is_refused(string written)
    {
        Assert.Throws<SerpstatFilterException>(() => Normalize(f => f.Condition("check", CompareType.Eq, written)));
    }

    [Fact]
    public void A_condition_written_twice_in_a_group_is_sent_once()
    {
        var filter = Normalize(f => f.UrlFrom.Contains("a") && f.LinksExternal.Gt(1) && f.UrlFrom.Contains("a")
                                    || f.LinksExternal.Gt(1));

        Assert.Equal("(url_from contains [a] AND links_external gt [1]) OR (links_external gt [1])", filter.ToString());
    }

    [Fact]
    public void Negated_between_becomes_below_or_above()
    {
        var filter = Normalize(f => !f.LinksExternal.Between(1, 500));

        Assert.Equal("(links_external lt [1]) OR (links_external gt [500])", filter.ToString());
    }

    [Fact]
    public void Negated_set_becomes_none_of_the_set()
    {
        var filter = Normalize(
            f => !f.LinkType.Contains(GetOutlinks.LinkTypeFilter.Text, GetOutlinks.LinkTypeFilter.Iframe));

        Assert.Equal("(link_type notContains [text, iframe])", filter.ToString());
    }

    [Fact]
    public void De_morgan_applies_to_nested_negations()
    {
        var filter = Normalize(f => !(f.UrlFrom.Contains("a") || !f.Anchor.Eq("b")) && f.LinksExternal.Gt(1));

        Assert.Equal("(url_from notContains [a] AND anchor eq [b] AND links_external gt [1])", filter.ToString());
    }

    [Fact]
    public void A_condition_met_twice_while_distributing_is_sent_once()
    {
        var filter = Normalize(f => (f.UrlFrom.Contains("a") || f.UrlTo.Contains("b")) && f.UrlFrom.Contains("a"));

        Assert.Equal(
            "(url_from contains [a]) OR (url_to contains [b] AND url_from contains [a])",
            filter.ToString());
    }

    [Fact]
    public void And_distributes_over_or()
    {
        var filter = Normalize(f => (f.UrlFrom.Contains("a") || f.UrlFrom.Contains("b"))
                                    && (f.LinksExternal.Gt(1) || f.LinksExternal.Lt(0)));

        Assert.Equal(
            "(url_from contains [a] AND links_external gt [1]) OR (url_from contains [a] AND links_external lt [0]) OR "
            + "(url_from contains [b] AND links_external gt [1]) OR (url_from contains [b] AND links_external lt [0])",
            filter.ToString());
    }

    [Fact]
    public void Chained_where_calls_and_together()
    {
        var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
            .Where(f => f.UrlFrom.Contains("a") || f.UrlFrom.Contains("b"))
            .Where(f => f.LinksExternal.Lte(800));

        Assert.Equal(
            "(url_from contains [a] AND links_external lte [800]) "
            + "OR (url_from contains [b] AND links_external lte [800])",
            query.ComplexFilter!.ToString());
    }

    [Fact]
    public void Condition_written_twice_in_one_group_is_sent_once()
    {
        var filter = Normalize(f => f.UrlFrom.Contains("a") && f.UrlFrom.Contains("a"));

        Assert.Equal("(url_from contains [a])", filter.ToString());
    }

    [Fact]
    public void Named_alternatives_match_the_operators()
    {
        var filter = Normalize(f => f.UrlFrom.Contains("a").And(f.LinksExternal.Gt(1)).Or(f.Anchor.Eq("x").Not()));

        Assert.Equal("(url_from contains [a] AND links_external gt [1]) OR (anchor neq [x])", filter.ToString());
    }

    [Theory]
    [ClassData(typeof(Cultures))]
    public void Values_are_encoded_culture_invariant(string culture)
    {
        using var scope = new CultureScope(culture);

        var filter = Normalize(f => f.LinksExternal.Between(-1500, 1234567)
                                    && f.Check.Gte(new DateTime(2030, 12, 31, 23, 0, 0))
                                    && f.UrlFrom.Eq("INFO"));

        Assert.Equal(
            "(links_external between [-1500, 1234567] AND check gte [31.12.2030] AND url_from eq [INFO])",
            filter.ToString());
    }

    [Fact]
    public void Starts_with_cannot_be_negated()
    {
        var error = Assert.Throws<SerpstatFilterException>(() => Normalize(f => !f.UrlFrom.StartsWith("https://")));

        Assert.Equal(
            "The filter NOT (url_from startsWith [https://]) cannot be sent: the API has no opposite of 'startsWith'. "
            + "Rewrite the filter without negating it.",
            error.Message);
    }

    [Theory]
    [InlineData("31.02.2030", "Filter 'check lte' takes calendar dates as DD.MM.YYYY; '31.02.2030' is not one.")]
    [InlineData("2030-01-01", "Filter 'check lte' takes calendar dates as DD.MM.YYYY; '2030-01-01' is not one.")]
    [InlineData("", "Filter 'check lte' takes calendar dates as DD.MM.YYYY; '' is not one.")]
    public void Invalid_dates_are_refused(string date, string message)
    {
        var error = Assert.Throws<SerpstatFilterException>(() => Normalize(f => f.Check.Lte(date)));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Between_with_bounds_reversed_is_refused()
    {
        var error = Assert.Throws<SerpstatFilterException>(
            () => Normalize(f => f.LinksExternal.Between(AtRunTime(500L), 1)));

        Assert.Equal("Filter 'links_external between' has its lower bound 500 above its upper bound 1.", error.Message);
    }

    [Fact]
    public void Empty_value_set_is_refused()
    {
        var none = AtRunTime(Array.Empty<GetOutlinks.LinkNofollowFilter>());

        var error = Assert.Throws<SerpstatFilterException>(() => Normalize(f => f.LinkNofollow.Contains(none)));

        Assert.Equal("Filter 'link_nofollow contains' needs at least one value; the set is empty.", error.Message);
    }

    [Fact]
    public void String_keyed_condition_is_checked_like_the_typed_fields()
    {
        var unknownField = Assert.Throws<SerpstatFilterException>(
            () => Normalize(f => f.Condition(AtRunTime("link_nofolow"), CompareType.Contains, "follow")));
        var wrongOperator = Assert.Throws<SerpstatFilterException>(
            () => Normalize(f => f.Condition("links_external", AtRunTime(CompareType.Contains), "5")));
        var unlistedValue = Assert.Throws<SerpstatFilterException>(
            () => Normalize(f => f.Condition("link_nofollow", CompareType.Contains, AtRunTime("nofolow"))));

        Assert.Equal(
            "SerpstatBacklinksProcedure.getOutlinks has no filter field 'link_nofolow'; its fields are: "
            + "url_from, anchor, link_nofollow, links_external, link_type, url_to, check.",
            unknownField.Message);
        Assert.Equal(
            "Field 'links_external' does not allow compare type 'contains'; "
            + "it allows: gt, lt, gte, lte, eq, neq, between.",
            wrongOperator.Message);
        Assert.Equal(
            "Filter 'link_nofollow contains' 'nofolow' is not one of its values: follow, nofollow, ugc, sponsored.",
            unlistedValue.Message);
    }

    [Fact]
    public void Filter_that_expands_past_1024_groups_is_refused()
    {
        var error = Assert.Throws<SerpstatFilterException>(() => Normalize(f =>
            Enumerable.Range(0, 11)
                .Select(i => f.LinksExternal.Eq(i) || f.LinksExternal.Eq(i + 100))
                .Aggregate((left, right) => left && right)));

        Assert.Equal(
            "The filter expands to 2048 OR groups in the API's form, more than the 1024 allowed. Simplify it, for "
            + "example by using a set of values in one condition.",
            error.Message);
    }

    [Fact]
    public void Very_deep_expression_is_refused_without_crashing()
    {
        var error = Assert.Throws<SerpstatFilterException>(() => Normalize(f =>
        {
            var filter = f.LinksExternal.Gt(1);
            for (var i = 0; i < 1_000_000; i++)
            {
                filter = !filter;
            }

            return filter;
        }));

        Assert.Equal("The filter expression is nested too deeply to normalise.", error.Message);
    }

    private static ComplexFilter Normalize(
        Func<GetOutlinks.FilterFields, Filter<GetOutlinks.FilterFields>> predicate) =>
        GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(predicate).ComplexFilter!;

    [Fact]
    public void Compare_type_outside_the_enum_is_refused_by_name()
    {
        var error = Assert.Throws<SerpstatFilterException>(
            () => Normalize(f => f.Condition("url_from", AtRunTime((CompareType)77), "x")));

        Assert.Equal(
            "'77' is not a compare type; "
            + "field 'url_from' allows: eq, neq, contains, notContains, startsWith, endsWith.",
            error.Message);
    }

    [Fact]
    public void Missing_field_name_is_an_argument_null_error()
    {
        var error = Assert.Throws<ArgumentNullException>(
            () => Normalize(f => f.Condition(AtRunTime<string>(null!), CompareType.Eq, "x")));

        Assert.Equal("field", error.ParamName);
    }

    [Fact]
    public void Request_prints_its_method_and_params()
    {
        var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.LinksExternal.Gt(5));

        Assert.Equal(
            "SerpstatBacklinksProcedure.getOutlinks {\"query\":\"serpstat.com\",\"searchType\":\"domain\","
            + "\"complexFilter\":[[{\"field\":\"links_external\",\"compareType\":\"gt\",\"value\":[\"5\"]}]]}",
            query.ToString());
    }

    /// <summary>
    /// A value the compiler cannot see as a constant. These tests are about the checks made at run time; the same
    /// mistakes written as constants are build errors (SERP101-SERP112), which the analyzer tests cover.
    /// </summary>
    private static T AtRunTime<T>(T value) => value;

    private static CompareType Parse(string wire) =>
        CompareTypeNames.TryParse(wire, out var compareType) ? compareType : throw new ArgumentException(wire);
}
