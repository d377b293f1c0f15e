using System;
using System.Linq;
using System.Text;
using Serpstat.Backlinks;
using Serpstat.Runtime.Tests.Support;
using Xunit;

namespace Serpstat.Runtime.Tests.Responses;

/// <summary>Each rule of lenient reading, on a small response built around one row.</summary>
public sealed class TolerantParsingTests
{
    private const string Row =
        "\"url_from\":\"https://a.com/p\",\"url_to\":\"https://serpstat.com/\",\"nofollow\":\"follow\","
        + "\"link_type\":\"href\",\"links_ext\":12,\"link_text\":\"x\",\"first_seen\":\"2019-09-05 05:51:46\","
        + "\"last_visited\":\"2019-12-11 18:41:42\",\"date_del\":null";

    private const string Summary =
        "\"summary_info\":{\"left_lines\":10,\"page\":1,\"count\":1,\"total\":1,\"sort\":\"check\",\"order\":\"desc\"}";

    [Fact]
    public void Unknown_link_type_is_kept_with_its_raw_text()
    {
        var row = ParseRow(Row.Replace("\"href\"", "\"widget\""));

        Assert.False(row.LinkType.IsKnown);
        Assert.Equal(GetOutlinks.LinkType.Unknown, row.LinkType.Value);
        Assert.Equal("widget", row.LinkType.Raw);
    }

    [Theory]
    [ClassData(typeof(Cultures))]
    public void Numbers_that_arrive_as_strings_are_read(string culture)
    {
        using var scope = new CultureScope(culture);

        var row = ParseRow(Row.Replace("\"links_ext\":12", "\"links_ext\":\"1234\""));

        Assert.Equal(1234L, row.LinksExternal);
    }

    [Fact]
    public void Counts_past_int32_are_read_as_long()
    {
        var result = Parse(Body(Row.Replace("\"links_ext\":12", "\"links_ext\":7914025436"),
            Summary.Replace("\"total\":1", "\"total\":16307137490")));

        Assert.Equal(7914025436L, result.Data[0].LinksExternal);
        Assert.Equal(16307137490L, result.SummaryInfo.Total);
    }

    [Theory]
    [ClassData(typeof(Cultures))]
    public void Dates_are_read_with_or_without_a_time(string culture)
    {
        using var scope = new CultureScope(culture);

        var row = ParseRow(Row.Replace("\"2019-09-05 05:51:46\"", "\"2019-09-05\""));

        Assert.Equal(new DateTime(2019, 9, 5), row.FirstSeen);
        Assert.Equal(DateTimeKind.Unspecified, row.FirstSeen.Kind);
        Assert.Equal(new DateTime(2019, 12, 11, 18, 41, 42), row.LastVisited);
    }

    [Fact]
    public void Date_del_null_is_an_active_link()
    {
        Assert.Null(ParseRow(Row).DateDeleted);
    }

    [Fact]
    public void Date_del_missing_is_null_too()
    {
        Assert.Null(ParseRow(Row.Replace(",\"date_del\":null", string.Empty)).DateDeleted);
    }

    [Fact]
    public void Nofollow_listing_several_attributes_gives_every_one()
    {
        var row = ParseRow(Row.Replace("\"nofollow\":\"follow\"", "\"nofollow\":\"nofollow, UGC,sponsored\""));

        Assert.Equal(
            GetOutlinks.Nofollow.Nofollow | GetOutlinks.Nofollow.Ugc | GetOutlinks.Nofollow.Sponsored,
            row.Nofollow.Value);
        Assert.True(row.Nofollow.IsKnown);
        Assert.Equal("nofollow, UGC,sponsored", row.Nofollow.Raw);
    }

    [Fact]
    public void Nofollow_item_the_schema_does_not_list_is_kept()
    {
        var row = ParseRow(Row.Replace("\"nofollow\":\"follow\"", "\"nofollow\":\"nofollow,noopener\""));

        Assert.Equal(GetOutlinks.Nofollow.Nofollow, row.Nofollow.Value);
        Assert.False(row.Nofollow.IsKnown);
        Assert.Equal(new[] { "noopener" }, row.Nofollow.UnknownItems);
    }

    [Theory]
    [InlineData("DESC", GetOutlinks.SummaryOrder.Descending)]
    [InlineData("desc", GetOutlinks.SummaryOrder.Descending)]
    [InlineData("ASC", GetOutlinks.SummaryOrder.Ascending)]
    public void Order_is_read_without_regard_to_case(string wire, GetOutlinks.SummaryOrder expected)
    {
        var result = Parse(Body(Row, Summary.Replace("\"order\":\"desc\"", "\"order\":\"" + wire + "\"")));

        Assert.Equal(expected, result.SummaryInfo.Order!.Value.Value);
        Assert.Equal(wire, result.SummaryInfo.Order.Value.Raw);
    }

    [Theory]
    [InlineData("\"id\":\"17\"", "17")]
    [InlineData("\"id\":17", "17")]
    [InlineData("\"id\":\"req-abc\"", "req-abc")]
    [InlineData("\"id\":null", null)]
    public void Id_is_read_as_number_or_string(string member, string? expected)
    {
        var json = "{" + member + ",\"result\":{\"data\":[{" + Row + "}]," + Summary + "}}";

        var response = ReferenceExampleResponseTests.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(expected, response.Id);
    }

    [Fact]
    public void Unknown_members_of_any_shape_are_skipped()
    {
        var extra = "\"new_number\":1.5e3,\"new_object\":{\"a\":[1,{\"b\":null}],\"c\":\"d\"},"
                    + "\"new_array\":[[],[true]],\"new_null\":null,\"new_bool\":false";
        var json = "{\"id\":\"1\",\"jsonrpc\":\"2.0\",\"extra\":{\"x\":[1]},\"result\":{\"data\":[{" + extra + ","
                   + Row + "," + extra + "}]," + Summary.Replace("{\"left_lines\"", "{" + extra + ",\"left_lines\"")
                   + ",\"more\":[{}]}}";

        var result = Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal("https://a.com/p", result.Data[0].UrlFrom);
        Assert.Equal(10L, result.SummaryInfo.LeftLines);
    }

    [Fact]
    public void Member_names_escaping_a_lone_surrogate_are_unknown_members_and_skipped()
    {
        const string Broken = "\"\\ud800\":1,";
        var json = "{" + Broken + "\"id\":\"1\",\"result\":{" + Broken + "\"data\":[{" + Broken + Row
                   + ",\"\\udfff\":2}]," + Summary.Replace("{\"left_lines\"", "{" + Broken + "\"left_lines\"") + "}}";
        var error = "{\"id\":\"1\",\"error\":{" + Broken + "\"code\":32000,\"message\":\"m\"}}";

        var result = Parse(Encoding.UTF8.GetBytes(json));
        var failed = ReferenceExampleResponseTests.Parse(Encoding.UTF8.GetBytes(error));

        AssertValuesOfRow(result.Data[0]);
        Assert.Equal(10L, result.SummaryInfo.LeftLines);
        Assert.Equal(32000L, failed.Error!.Code);
        Assert.Equal("m", failed.Error.Message);
    }

    [Fact]
    public void Members_in_any_order_are_each_read()
    {
        var members = Row.Split(new[] { ",\"" }, StringSplitOptions.None)
            .Select((member, i) => i == 0 ? member : "\"" + member)
            .Reverse();

        var row = ParseRow(string.Join(",", members));

        AssertValuesOfRow(row);
    }

    [Fact]
    public void Member_written_twice_keeps_the_last_value()
    {
        var row = ParseRow(Row + ",\"url_from\":\"https://b.com/q\",\"links_ext\":40,\"date_del\":\"2020-01-02\"");

        Assert.Equal("https://b.com/q", row.UrlFrom);
        Assert.Equal(40L, row.LinksExternal);
        Assert.Equal(new DateTime(2020, 1, 2), row.DateDeleted);
        Assert.Equal("https://serpstat.com/", row.UrlTo);
    }

    [Fact]
    public void Member_names_written_with_escapes_are_read()
    {
        var row = ParseRow(Row.Replace("\"url_from\"", "\"url\\u005ffrom\"")
            .Replace("\"links_ext\"", "\"\\u006cinks_ext\""));

        AssertValuesOfRow(row);
    }

    [Fact]
    public void Unknown_member_between_known_ones_leaves_the_rest_read()
    {
        var row = ParseRow(Row.Replace(",\"link_type\"", ",\"new\":{\"url_to\":\"no\"},\"link_type\""));

        AssertValuesOfRow(row);
    }

    [Theory]
    [InlineData("\"link_text\":\"\u0421\u0435\u0440\u043f\u0441\u0442\u0430\u0442 \u2014 SEO\"", "Серпстат — SEO")]
    [InlineData("\"link_text\":\"Serp\\u0073tat \\\"x\\\"\"", "Serpstat \"x\"")]
    [InlineData("\"link_text\":\"\"", "")]
    public void Text_beyond_ascii_and_escaped_text_are_read_exactly(string member, string expected)
    {
        var row = ParseRow(Row.Replace("\"link_text\":\"x\"", member));

        Assert.Equal(expected, row.LinkText);
    }

    [Fact]
    public void Data_null_is_an_empty_page()
    {
        var json = "{\"id\":\"1\",\"result\":{\"data\":null," + Summary + "}}";

        Assert.Empty(Parse(Encoding.UTF8.GetBytes(json)).Data);
    }

    [Fact]
    public void Error_object_becomes_a_typed_error_with_code_and_message()
    {
        var json = "{\"id\":\"5\",\"error\":{\"code\":32017,\"message\":\"Data not found\",\"data\":null}}";

        var response = ReferenceExampleResponseTests.Parse(Encoding.UTF8.GetBytes(json));

        Assert.False(response.IsSuccess);
        Assert.Null(response.Result);
        Assert.Equal(32017L, response.Error!.Code);
        Assert.Equal("Data not found", response.Error.Message);
        var error = Assert.Throws<SerpstatNoDataException>(() => response.GetResultOrThrow());
        Assert.Equal(32017L, error.Code);
        Assert.Equal("5", error.RequestId);
        Assert.Equal("The Serpstat API answered request 5 with error 32017: Data not found", error.Message);
    }

    [Fact]
    public void Error_data_of_any_shape_is_kept_as_raw_json()
    {
        var json = "{\"id\":\"5\",\"error\":{\"code\":\"32117\",\"message\":\"Not allowed field: x\","
                   + "\"data\":{\"field\":[\"x\"]}}}";

        var error = ReferenceExampleResponseTests.Parse(Encoding.UTF8.GetBytes(json)).Error!;

        Assert.Equal(32117L, error.Code);
        Assert.Equal("{\"field\":[\"x\"]}", error.DataJson);
    }

    [Fact]
    public void Wrongly_typed_value_names_its_json_path()
    {
        var body = Body(Row + "}, {" + Row.Replace("\"links_ext\":12", "\"links_ext\":\"many\""), Summary);

        var error = Assert.Throws<SerpstatResponseFormatException>(() => Parse(body));

        Assert.Equal("$.result.data[1].links_ext", error.JsonPath);
        Assert.Equal("expected a whole number, found the text \"many\"", error.Problem);
    }

    [Fact]
    public void Malformed_json_names_where_reading_stopped()
    {
        var body = Encoding.UTF8.GetBytes(
            "{\"id\":\"1\",\"result\":{\"data\":[{" + Row + "},{\"url_from\":\"x\" \"url_to\"");

        var error = Assert.Throws<SerpstatResponseFormatException>(() => Parse(body));

        Assert.Equal("$.result.data[1].url_from", error.JsonPath);
        Assert.StartsWith("malformed JSON (line 1, byte ", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_body_is_a_format_error()
    {
        var full = Body(Row, Summary);
        var truncated = full.AsSpan(0, full.Length - 3).ToArray();

        var error = Assert.Throws<SerpstatResponseFormatException>(() => Parse(truncated));

        Assert.Equal("$.result.summary_info.order", error.JsonPath);
        Assert.StartsWith("malformed JSON", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_the_response_is_a_format_error()
    {
        var body = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body(Row, Summary)) + " {}");

        Assert.Throws<SerpstatResponseFormatException>(() => Parse(body));
    }

    [Fact]
    public void Neither_result_nor_error_is_a_format_error()
    {
        var error = Assert.Throws<SerpstatResponseFormatException>(
            () => ReferenceExampleResponseTests.Parse(Encoding.UTF8.GetBytes("{\"id\":\"1\"}")));

        Assert.Equal("$", error.JsonPath);
        Assert.Equal("the response has neither a result nor an error", error.Problem);
    }

    [Fact]
    public void Missing_required_member_names_the_row()
    {
        var body = Body(Row.Replace("\"url_to\":\"https://serpstat.com/\",", string.Empty), Summary);

        var error = Assert.Throws<SerpstatResponseFormatException>(() => Parse(body));

        Assert.Equal("$.result.data[0]", error.JsonPath);
        Assert.Equal("the required member 'url_to' is missing", error.Problem);
    }

    [Fact]
    public void Impossible_date_is_a_format_error()
    {
        var body = Body(Row.Replace("2019-09-05 05:51:46", "2019-02-31 05:51:46"), Summary);

        var error = Assert.Throws<SerpstatResponseFormatException>(() => Parse(body));

        Assert.Equal("$.result.data[0].first_seen", error.JsonPath);
    }

    [Theory]
    [InlineData("\"url_from\":\"\\ud800\"")]
    [InlineData("\"url_from\":\"\\udc00 tail\"")]
    public void Lone_surrogate_escape_is_a_format_error_naming_the_member(string member)
    {
        var body = Body(Row.Replace("\"url_from\":\"https://a.com/p\"", member), Summary);

        var error = Assert.Throws<SerpstatResponseFormatException>(() => Parse(body));

        Assert.Equal("$.result.data[0].url_from", error.JsonPath);
        Assert.Equal("the text is not valid UTF-8, or escapes a lone surrogate", error.Problem);
    }

    [Fact]
    public void Invalid_utf8_in_a_text_is_a_format_error_naming_the_member()
    {
        var body = Body(Row, Summary);
        var at = Encoding.UTF8.GetString(body).IndexOf("https://a.com/p", StringComparison.Ordinal);
        body[at + 8] = 0xFF;

        var error = Assert.Throws<SerpstatResponseFormatException>(() => Parse(body));

        Assert.Equal("$.result.data[0].url_from", error.JsonPath);
    }

    [Fact]
    public void Error_message_with_a_lone_surrogate_is_a_format_error()
    {
        var body = Encoding.UTF8.GetBytes("{\"id\":\"1\",\"error\":{\"code\":1,\"message\":\"bad \\udc00\"}}");

        var error = Assert.Throws<SerpstatResponseFormatException>(() => ReferenceExampleResponseTests.Parse(body));

        Assert.Equal("$.error.message", error.JsonPath);
    }

    [Fact]
    public void Byte_order_mark_before_the_response_is_skipped()
    {
        var body = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Body(Row, Summary)).ToArray();

        Assert.Equal("https://a.com/p", Parse(body).Data[0].UrlFrom);
    }

    [Fact]
    public void Unknown_members_nested_deeper_than_the_api_ever_nests_are_skipped_up_to_256_levels()
    {
        var deep = new string('[', 250) + new string(']', 250);
        var tooDeep = new string('[', 300) + new string(']', 300);

        var result = Parse(Body(Row + ",\"extra\":" + deep, Summary));
        var error = Assert.Throws<SerpstatResponseFormatException>(
            () => Parse(Body(Row + ",\"extra\":" + tooDeep, Summary)));

        Assert.Equal("https://a.com/p", result.Data[0].UrlFrom);
        Assert.StartsWith("malformed JSON", error.Problem, StringComparison.Ordinal);
    }

    /// <summary>The values of <see cref="Row"/>, each exactly.</summary>
    private static void AssertValuesOfRow(GetOutlinks.Outlink row)
    {
        Assert.Equal("https://a.com/p", row.UrlFrom);
        Assert.Equal("https://serpstat.com/", row.UrlTo);
        Assert.Equal(GetOutlinks.Nofollow.Follow, row.Nofollow.Value);
        Assert.Equal(GetOutlinks.LinkType.Href, row.LinkType.Value);
        Assert.Equal(12L, row.LinksExternal);
        Assert.Equal("x", row.LinkText);
        Assert.Equal(new DateTime(2019, 9, 5, 5, 51, 46), row.FirstSeen);
        Assert.Equal(new DateTime(2019, 12, 11, 18, 41, 42), row.LastVisited);
        Assert.Null(row.DateDeleted);
    }

    private static GetOutlinks.Outlink ParseRow(string row) => Parse(Body(row, Summary)).Data[0];

    private static GetOutlinks.Result Parse(byte[] body) =>
        ReferenceExampleResponseTests.Parse(body).GetResultOrThrow();

    private static byte[] Body(string row, string summary) =>
        Encoding.UTF8.GetBytes("{\"id\":\"1\",\"result\":{\"data\":[{" + row + "}]," + summary + "}}");
}
