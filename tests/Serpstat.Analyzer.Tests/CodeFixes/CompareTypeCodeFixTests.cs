using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Serpstat.Generator.CodeFixes;
using Xunit;

namespace Serpstat.Analyzer.Tests.CodeFixes;

public sealed class CompareTypeCodeFixTests
{
    [Theory]
    [InlineData("Lte")]
    [InlineData("Eq")]
    public Task Offers_each_allowed_operator_for_the_typed_form(string replacement) =>
        Verify.Fix<CompareTypeCodeFix>(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.LinksExternal.{|SERP101:{|CS1061:NotContains|}|}(5));"""),
            Code.Of($$"""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.LinksExternal.{{replacement}}(5));"""),
            nameof(CompareTypeCodeFix) + "." + replacement,
            "Use " + replacement);

    [Fact]
    public Task Replaces_a_cast_number_with_a_named_compare_type() =>
        Verify.Fix<CompareTypeCodeFix>(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.Condition("url_from", {|SERP101:(CompareType)77|}, "x"));"""),
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.Condition("url_from", CompareType.Contains, "x"));"""),
            nameof(CompareTypeCodeFix) + ".Contains",
            "Use Contains");

    [Fact]
    public Task Rewrites_the_compare_type_of_the_string_keyed_form() =>
        Verify.Fix<CompareTypeCodeFix>(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.Condition("link_type", {|SERP101:CompareType.Eq|}, "rss"));"""),
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).Where(f => f.Condition("link_type", CompareType.Contains, "rss"));"""),
            nameof(CompareTypeCodeFix) + ".Contains",
            "Use Contains");
}
