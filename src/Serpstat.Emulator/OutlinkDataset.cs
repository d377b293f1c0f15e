using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Serpstat.Emulator;

/// <summary>
/// The rows the emulator answers from. The file is a JSON array of getOutlinks rows exactly as the API sends them in
/// <c>result.data</c>, so the client's own reader can load it too.
/// </summary>
public sealed class OutlinkDataset
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Creates a dataset from rows.</summary>
    public OutlinkDataset(IReadOnlyList<OutlinkRecord> rows) =>
        Rows = rows ?? throw new ArgumentNullException(nameof(rows));

    /// <summary>The rows, in file order (the order ties are broken in).</summary>
    public IReadOnlyList<OutlinkRecord> Rows { get; }

    /// <summary>The synthetic dataset shipped inside the emulator.</summary>
    public static OutlinkDataset Shipped { get; } = Load(typeof(OutlinkDataset).Assembly
        .GetManifestResourceStream("Serpstat.Emulator.Data.outlinks.json")!);

    /// <summary>The shipped dataset's file as UTF-8 JSON.</summary>
    public static byte[] ShippedJson()
    {
        using var stream = typeof(OutlinkDataset).Assembly
            .GetManifestResourceStream("Serpstat.Emulator.Data.outlinks.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Reads a dataset file.</summary>
    public static OutlinkDataset Load(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var rows = new List<OutlinkRecord>();
        foreach (var row in document.RootElement.EnumerateArray())
        {
            rows.Add(new OutlinkRecord(
                row.GetProperty("url_from").GetString()!,
                row.GetProperty("url_to").GetString()!,
                row.GetProperty("nofollow").GetString()!,
                row.GetProperty("link_type").GetString()!,
                row.GetProperty("links_ext").GetInt64(),
                row.GetProperty("link_text").GetString()!,
                ParseDate(row.GetProperty("first_seen").GetString()!),
                ParseDate(row.GetProperty("last_visited").GetString()!),
                row.GetProperty("date_del").ValueKind == JsonValueKind.Null
                    ? null
                    : ParseDate(row.GetProperty("date_del").GetString()!)));
        }

        return new OutlinkDataset(rows);
    }

    /// <summary>Writes the dataset file: one row per line, so that diffs of a regenerated file stay readable.</summary>
    public void Save(Stream output)
    {
        using var text = new StreamWriter(output, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true)
        {
            NewLine = "\n",
        };
        text.WriteLine("[");
        for (var i = 0; i < Rows.Count; i++)
        {
            var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                WriteRow(writer, Rows[i]);
            }

            text.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            text.WriteLine(i + 1 < Rows.Count ? "," : string.Empty);
        }

        text.WriteLine("]");
    }

    /// <summary>Writes one row as the API does.</summary>
    public static void WriteRow(Utf8JsonWriter writer, OutlinkRecord row)
    {
        writer.WriteStartObject();
        writer.WriteString("url_from", row.UrlFrom);
        writer.WriteString("url_to", row.UrlTo);
        writer.WriteString("nofollow", row.Nofollow);
        writer.WriteString("link_type", row.LinkType);
        writer.WriteNumber("links_ext", row.LinksExt);
        writer.WriteString("link_text", row.LinkText);
        writer.WriteString("first_seen", row.FirstSeen.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString(
            "last_visited",
            row.LastVisited.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        if (row.DateDel is { } deleted)
        {
            writer.WriteString("date_del", deleted.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("date_del");
        }

        writer.WriteEndObject();
    }

    private static DateTime ParseDate(string text) =>
        DateTime.ParseExact(
            text,
            new[] { "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss" },
            CultureInfo.InvariantCulture,
            DateTimeStyles.None);
}
