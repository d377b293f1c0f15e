using System;
using System.Globalization;
using System.Text;

namespace Serpstat.Benchmarks;

/// <summary>A getOutlinks response page of realistic rows, the same bytes on every run.</summary>
internal static class OutlinksPage
{
    private static readonly string[] LinkTypes = ["href", "image", "redirect", "frame", "rss", "alternate", "form"];
    private static readonly string[] Nofollow = ["follow", "nofollow", "nofollow,UGC", "sponsored"];

    public static byte[] Create(int rows)
    {
        var random = new Random(1440);
        var json = new StringBuilder("{\"id\":\"1\",\"result\":{\"data\":[");
        for (var i = 0; i < rows; i++)
        {
            var seen = new DateTime(2015, 1, 1).AddMinutes(random.Next(0, 5_000_000));
            var visited = seen.AddMinutes(random.Next(0, 500_000));
            json.Append(i == 0 ? "{" : ",{")
                .Append("\"url_from\":\"https://site").Append(random.Next(1000)).Append(".example.com/blog/2019/")
                .Append("episode-").Append(i).Append("-content-creation-process-checklist-vacation-recap/\",")
                .Append("\"url_to\":\"https://serpstat.com/").Append(i % 7 == 0 ? "blog/" : string.Empty).Append("\",")
                .Append("\"nofollow\":\"").Append(Nofollow[random.Next(Nofollow.Length)]).Append("\",")
                .Append("\"link_type\":\"").Append(LinkTypes[random.Next(LinkTypes.Length)]).Append("\",")
                .Append("\"links_ext\":").Append(random.Next(1, 900).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append("\"link_text\":\"Serpstat: all-in-one SEO platform ").Append(i).Append("\",")
                .Append("\"first_seen\":\"").Append(Date(seen)).Append("\",")
                .Append("\"last_visited\":\"").Append(Date(visited)).Append("\",")
                .Append("\"date_del\":").Append(i % 3 == 0 ? "\"" + Date(visited) + "\"" : "null")
                .Append('}');
        }

        json.Append("],\"summary_info\":{\"left_lines\":999000,\"page\":1,\"count\":").Append(rows)
            .Append(",\"total\":125000,\"sort\":\"check\",\"order\":\"DESC\"}}}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    private static string Date(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
