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
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.LinksExternal.{|SERP101:{|CS1061:NotContains|}|}(5));"""),
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + $$""".Where(f => f.LinksExternal.{{replacement}}(5));"""),
            nameof(CompareTypeCodeFix) + "." + replacement,
            "Use " + replacement);

    [Theory]
    [InlineData("CompareType.Eq")]
    [InlineData("(CompareType)77")]
    public Task Rewrites_the_compare_type_or_the_cast_number_of_the_string_keyed_form(string written) =>
        Verify.Fix<CompareTypeCodeFix>(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + $$""".Where(f => f.Condition("link_type", {|SERP101:{{written}}|}, "rss"));"""),
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition("link_type", CompareType.Contains, "rss"));"""),
            nameof(CompareTypeCodeFix) + ".Contains",
            "Use Contains");
}
