using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Xunit;

namespace Serpstat.Analyzer.Tests.Diagnostics;

public sealed class SERP102Tests
{
    [Fact]
    public Task Unknown_field_names_the_method_and_its_fields() =>
        Verify.Analyzer(
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)"""
                + """.Where(f => f.Condition({|#0:"link_nofolow"|}, CompareType.Contains, "follow"));"""),
            Verify.Expect(
                "SERP102",
                "'link_nofolow' is not a filter field of SerpstatBacklinksProcedure.getOutlinks; its fields are: "
                + "url_from, anchor, link_nofollow, links_external, link_type, url_to, check"));

    [Fact]
    public Task Field_name_folded_from_constants_is_checked() =>
        Verify.Analyzer(
            Code.Of("""
                const string prefix = "url_";
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                    .Where(f => f.Condition({|#0:prefix + "via"|}, CompareType.Eq, "x"));
                """),
            Verify.Expect(
                "SERP102",
                "'url_via' is not a filter field of SerpstatBacklinksProcedure.getOutlinks; its fields are: url_from, "
                + "anchor, link_nofollow, links_external, link_type, url_to, check"));

    [Fact]
    public Task Field_named_after_the_other_arguments() =>
        Verify.Analyzer(
            Code.Of("""
                GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                    .Where(f => f.Condition(compareType: CompareType.Eq, values: new[] { "x" }, field: {|#0:"url_via"|}));
                """),
            Verify.Expect(
                "SERP102",
                "'url_via' is not a filter field of SerpstatBacklinksProcedure.getOutlinks; its fields are: url_from, "
                + "anchor, link_nofollow, links_external, link_type, url_to, check"));

    [Fact]
    public Task A_null_field_name_is_left_alone_without_a_crash() =>
        Verify.Analyzer(Code.Of("""
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => f.Condition(null, CompareType.Eq, "x") || f.Condition(null!, CompareType.Between, null!)
                            || f.Condition(default(string), default, default(string)));
            """));

    [Fact]
    public Task Known_and_run_time_field_names_get_nothing() =>
        Verify.Analyzer(Code.Of("""
            var field = args[0];
            GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                .Where(f => f.Condition("url_" + "to", CompareType.Eq, "x") && f.Condition(field, CompareType.Eq, "x"));
            """));
}
