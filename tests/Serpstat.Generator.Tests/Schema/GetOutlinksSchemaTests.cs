using System.Linq;
using Serpstat.Generator.Model;
using Xunit;

namespace Serpstat.Generator.Tests.Schema;

/// <summary>The real getOutlinks description, read field by field: it defines the format by example.</summary>
public class GetOutlinksSchemaTests
{
    private static readonly MethodModel Method = ReadMethod();

    [Fact]
    public void Reads_the_method_without_diagnostics()
    {
        Assert.Equal("SerpstatBacklinksProcedure.getOutlinks", Method.Method);
        Assert.Equal("GetOutlinks", Method.Name);
        Assert.Equal("Serpstat.Backlinks", Method.Namespace);
        Assert.StartsWith("External active links", Method.Description);
        Assert.Equal(1, Method.CreditsPerRow);
        Assert.Equal(60000, Method.MaxRows);
        Assert.EndsWith(SchemaTestFiles.GetOutlinks, Method.SchemaPath);
    }

    [Fact]
    public void Reads_the_eight_params()
    {
        var rows = Method.Params.Select(p => (p.Wire, p.Name, p.Type, p.Role, p.Required, p.DefaultJson, p.Minimum,
            p.Maximum, p.TypeName));

        Assert.Equal(
            new (string, string, ParamType, ParamRole, bool, string?, long?, long?, string?)[]
            {
                ("query", "Query", ParamType.String, ParamRole.Query, true, null, null, null, null),
                ("searchType", "SearchType", ParamType.Enum, ParamRole.SearchType, true, null, null, null,
                    "SearchType"),
                ("sort", "Sort", ParamType.Enum, ParamRole.Sort, false, "\"check\"", null, null, "Sort"),
                ("order", "Order", ParamType.Enum, ParamRole.Order, false, "\"desc\"", null, null, "Order"),
                ("page", "Page", ParamType.Integer, ParamRole.Page, false, "1", 1, null, null),
                ("size", "Size", ParamType.Integer, ParamRole.Size, false, "100", 1, 1000, null),
                ("linkPerDomain", "LinkPerDomain", ParamType.Enum, ParamRole.None, false, "1", null, null,
                    "LinkPerDomain"),
                ("complexFilter", "ComplexFilter", ParamType.ComplexFilter, ParamRole.ComplexFilter, false, null,
                    null, null, null),
            },
            rows);
        Assert.All(Method.Params, p => Assert.False(string.IsNullOrEmpty(p.Description)));
    }

    [Fact]
    public void Reads_the_search_types_with_URL_in_upper_case_and_their_query_kinds()
    {
        var searchType = Method.Params.Single(p => p.Wire == "searchType");

        Assert.Equal(
            new[]
            {
                ("domain", false, "Domain", "domain"),
                ("domain_with_subdomains", false, "DomainWithSubdomains", "domain"),
                ("URL", false, "Url", "url"),
                ("part_url", false, "PartUrl", "url"),
            },
            searchType.Values.Select(v => (v.Wire, v.WireIsNumber, v.Name, v.QueryKind!)));
        Assert.Equal(
            "One URL (site.com/path/). The API spells this value in upper case.",
            searchType.Values[2].Description);
    }

    [Fact]
    public void Reads_sort_order_and_numeric_link_per_domain_values()
    {
        Assert.Equal(
            new[] { "url_from", "anchor", "link_nofollow", "links_external", "link_type", "url_to", "check" },
            Wires(Method.Params.Single(p => p.Wire == "sort").Values));
        Assert.Equal(
            new[] { ("asc", "Ascending"), ("desc", "Descending") },
            Method.Params.Single(p => p.Wire == "order").Values.Select(v => (v.Wire, v.Name)));
        Assert.Equal(
            new[] { ("0", true, "OneLinkFromPage"), ("1", true, "OneLinkFromDomain") },
            Method.Params.Single(p => p.Wire == "linkPerDomain").Values.Select(v => (v.Wire, v.WireIsNumber, v.Name)));
        Assert.All(Method.Params.SelectMany(p => p.Values), v => Assert.False(string.IsNullOrEmpty(v.Description)));
    }

    [Fact]
    public void Reads_the_seven_filter_fields()
    {
        var text = new[] { "eq", "neq", "contains", "notContains", "startsWith", "endsWith" };
        var choice = new[] { "contains", "notContains" };
        var fields = Method.Filter!.Fields;

        Assert.Equal(
            new (string, string, FilterFieldKind, string[], string?, string?)[]
            {
                ("url_from", "UrlFrom", FilterFieldKind.Text, text, null, null),
                ("anchor", "Anchor", FilterFieldKind.Text, text, null, null),
                ("link_nofollow", "LinkNofollow", FilterFieldKind.Enum, choice, null, "LinkNofollowFilter"),
                ("links_external", "LinksExternal", FilterFieldKind.Integer,
                    new[] { "gt", "lt", "gte", "lte", "eq", "neq", "between" }, null, null),
                ("link_type", "LinkType", FilterFieldKind.Enum, choice, null, "LinkTypeFilter"),
                ("url_to", "UrlTo", FilterFieldKind.Text, text, null, null),
                ("check", "Check", FilterFieldKind.Date, new[] { "gt", "lt", "gte", "lte", "eq", "neq" },
                    "DD.MM.YYYY", null),
            },
            fields.Select(f => (f.Wire, f.Name, f.Kind, f.CompareTypes.ToArray(), f.DateFormat, f.TypeName)));
        Assert.Equal(new[] { "follow", "nofollow", "ugc", "sponsored" }, Wires(fields[2].Values));
        Assert.Equal(
            new[] { "text", "redirect", "iframe", "form", "canonical", "rss", "alternate", "image" },
            Wires(fields[4].Values));
        Assert.All(fields.Where(f => f.Kind != FilterFieldKind.Enum), f => Assert.Empty(f.Values));
        Assert.Empty(Method.Filter.QuickFilters);
    }

    [Fact]
    public void Reads_the_nine_data_fields()
    {
        var data = Method.Response.Data;

        Assert.Equal((DataShape.Array, "Outlink"), (data.Shape, data.Name));
        Assert.Equal(
            new (string, string, ResponseFieldType, bool, bool, string?, string?)[]
            {
                ("url_from", "UrlFrom", ResponseFieldType.String, true, false, null, null),
                ("url_to", "UrlTo", ResponseFieldType.String, true, false, null, null),
                ("nofollow", "Nofollow", ResponseFieldType.Flags, true, false, ",", "Nofollow"),
                ("link_type", "LinkType", ResponseFieldType.Enum, true, false, null, "LinkType"),
                ("links_ext", "LinksExternal", ResponseFieldType.Integer, true, false, null, null),
                ("link_text", "LinkText", ResponseFieldType.String, true, false, null, null),
                ("first_seen", "FirstSeen", ResponseFieldType.DateTime, true, false, null, null),
                ("last_visited", "LastVisited", ResponseFieldType.DateTime, true, false, null, null),
                ("date_del", "DateDeleted", ResponseFieldType.DateTime, false, true, null, null),
            },
            data.Fields.Select(f => (f.Wire, f.Name, f.Type, f.Required, f.Nullable, f.Separator, f.TypeName)));
        Assert.Equal(new[] { "follow", "nofollow", "UGC", "sponsored" }, Wires(data.Fields[2].Values));
        Assert.Equal(
            new[] { "href", "image", "redirect", "frame", "rss", "alternate", "form", "canonical" },
            Wires(data.Fields[3].Values));
        Assert.All(data.Fields, f => Assert.Equal(SummaryRole.None, f.Role));
    }

    [Fact]
    public void Reads_the_six_summary_fields_with_their_roles()
    {
        var summary = Method.Response.Summary!;

        Assert.Equal(SummaryLocation.Result, summary.Location);
        Assert.Equal(
            new (string, string, ResponseFieldType, SummaryRole, string?)[]
            {
                ("page", "Page", ResponseFieldType.Integer, SummaryRole.Page, null),
                ("total", "Total", ResponseFieldType.Integer, SummaryRole.Total, null),
                ("count", "Count", ResponseFieldType.Integer, SummaryRole.Count, null),
                ("left_lines", "LeftLines", ResponseFieldType.Integer, SummaryRole.LeftLines, null),
                ("sort", "Sort", ResponseFieldType.String, SummaryRole.None, null),
                ("order", "Order", ResponseFieldType.Enum, SummaryRole.None, "SummaryOrder"),
            },
            summary.Fields.Select(f => (f.Wire, f.Name, f.Type, f.Role, f.TypeName)));
        Assert.Equal(new[] { "asc", "desc" }, Wires(summary.Fields[5].Values));
    }

    [Fact]
    public void Reading_twice_gives_equal_models()
    {
        var again = SchemaTestFiles.Read(SchemaTestFiles.SchemaPath(SchemaTestFiles.GetOutlinks));

        Assert.Equal(Method, again.Method);
    }

    private static string[] Wires(EquatableArray<EnumValueModel> values) => values.Select(v => v.Wire).ToArray();

    private static MethodModel ReadMethod()
    {
        var result = SchemaTestFiles.Read(SchemaTestFiles.SchemaPath(SchemaTestFiles.GetOutlinks));
        Assert.Empty(SchemaTestFiles.Describe(result));
        return Assert.IsType<MethodModel>(result.Method);
    }
}
