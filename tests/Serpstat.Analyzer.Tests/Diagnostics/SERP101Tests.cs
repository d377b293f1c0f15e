using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP101Tests
{
    private const string LinksExternalNotContains =
        "Filter field 'links_external' does not allow compare type 'notContains'; "
        + "it allows: gt, lt, gte, lte, eq, neq, between";

    [Fact]
    public Task Typed_method_the_field_lacks_names_field_operator_and_allowed_ones_beside_CS1061() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.LinksExternal.{|#0:NotContains|}("x"));"""),
            Verify.Expect("SERP101", LinksExternalNotContains),
            Verify.Compiler("CS1061"));

    [Fact]
    public Task Date_field_between_is_not_allowed() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Check.{|#0:Between|}(Date, Date));"""),
            Verify.Expect(
                "SERP101",
                "Filter field 'check' does not allow compare type 'between'; it allows: gt, lt, gte, lte, eq, neq"),
            Verify.Compiler("CS1061"));

    [Theory]
    [InlineData("""f.Condition(field, {|#0:CompareType.NotContains|}, "x")""")]
    [InlineData("""f.Condition(compareType: {|#0:CompareType.NotContains|}, values: new[] { "x" }"""
                + """, field: "links_external")""")]
    public Task String_keyed_form_with_constant_field_and_compare_type_however_named(string condition) =>
        Verify.Analyzer(
            Code.Of($$"""
                const string field = "links_external";
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => {{condition}});
                """),
            Verify.Expect("SERP101", LinksExternalNotContains));

    [Fact]
    public Task A_cast_number_that_is_no_compare_type() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                    .Where(f => f.Condition("url_from", {|#0:(CompareType)77|}, "x") || f.Condition("links_external", {|#1:(CompareType)(-1)|}, "1"));
                """),
            Verify.Expect(
                "SERP101",
                "Filter field 'url_from' cannot take '77', which is not a compare type; "
                + "it allows: eq, neq, contains, notContains, startsWith, endsWith",
                0),
            Verify.Expect(
                "SERP101",
                "Filter field 'links_external' cannot take '-1', which is not a compare type; "
                + "it allows: gt, lt, gte, lte, eq, neq, between",
                1));

    [Fact]
    public Task A_cast_number_that_names_a_compare_type_is_that_compare_type() =>
        Verify.Analyzer(Code.Of("""
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => f.Condition("url_from", (CompareType)7, "x") && f.Condition(null, (CompareType)77, "x"));
            """));

    [Fact]
    public Task Allowed_operators_and_run_time_compare_types_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            var compareType = args.Length > 0 ? CompareType.Contains : CompareType.Gt;
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => f.LinksExternal.Gt(1) && f.UrlFrom.Contains("x")
                            && f.Condition("links_external", compareType, "5")
                            && f.Condition("url_from", CompareType.StartsWith, "https://"));
            """));

    [Fact]
    public Task A_look_alike_type_without_the_library_attributes_is_not_checked() =>
        Verify.Analyzer("""
            public readonly struct LinksExternalField
            {
                public int Contains(string value) => 0;
            }

            public static class Program
            {
                public static void Main() => new LinksExternalField().Contains("x");
            }
            """);
}
