using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Serpstat.Protocol;

/// <summary>
/// Finds the JSON path at which a malformed document stops being readable. It runs only after reading has failed,
/// so the fast path pays nothing for paths in syntax errors.
/// </summary>
internal static class JsonPathLocator
{
    public static string Locate(ReadOnlySpan<byte> utf8Json)
    {
        // Each frame is a container: the member name being read (objects) or the next item index (arrays).
        var frames = new List<(bool IsArray, string? Member, int Index)>();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = JsonRpcEnvelope.MaxDepth });
        try
        {
            while (reader.Read())
            {
                Step(frames, ref reader);
            }
        }
        catch (JsonException)
        {
            return Describe(frames);
        }

        return Describe(frames);
    }

    private static void Step(List<(bool IsArray, string? Member, int Index)> frames, ref Utf8JsonReader reader)
    {
        var type = reader.TokenType;
        if (type == JsonTokenType.PropertyName)
        {
            frames[frames.Count - 1] = (false, MemberName(ref reader), 0);
            return;
        }

        if (type is JsonTokenType.EndObject or JsonTokenType.EndArray)
        {
            frames.RemoveAt(frames.Count - 1);
            return;
        }

        // A value starts: inside an array it is the next item.
        if (frames.Count > 0 && frames[frames.Count - 1].IsArray)
        {
            frames[frames.Count - 1] = (true, null, frames[frames.Count - 1].Index + 1);
        }

        if (type is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            frames.Add((type == JsonTokenType.StartArray, null, -1));
        }
    }

    private static string Describe(List<(bool IsArray, string? Member, int Index)> frames)
    {
        var path = "$";
        foreach (var (isArray, member, index) in frames)
        {
            if (isArray)
            {
                path += "[" + Math.Max(index, 0).ToString(CultureInfo.InvariantCulture) + "]";
            }
            else if (member is not null)
            {
                path += "." + member;
            }
        }

        return path;
    }

    private static string MemberName(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }
}
