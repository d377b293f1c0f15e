using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Serpstat.Filtering;

namespace Serpstat.Generator.Analyzers;

/// <summary>
/// Writes the request body the way the runtime's writer does: compact, members in the order written, and text
/// escaped as System.Text.Json's relaxed encoder escapes it (non-ASCII letters as they are; quotes, backslashes,
/// controls, line and paragraph separators, unassigned and private-use characters, and characters outside the basic
/// plane as escapes). PreviewAgreementTests holds the two writers to the same output.
/// </summary>
internal static class PreviewJson
{
    /// <summary>The whole body: <c>{"id":1,"method":...,"params":{...}}</c>.</summary>
    public static string Request(string method, IEnumerable<KeyValuePair<string, string>> parameters) =>
        "{\"id\":1,\"method\":" + Quote(method) + ",\"params\":{"
        + string.Join(",", parameters.Select(p => Quote(p.Key) + ":" + p.Value)) + "}}";

    /// <summary>The value of <c>complexFilter</c>: an array of AND groups of condition objects.</summary>
    public static string Filter(ComplexFilter filter) =>
        "[" + string.Join(",", filter.Groups.Select(group => "[" + string.Join(",", group.Select(Condition)) + "]"))
        + "]";

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (IsEscaped(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string Condition(FilterCondition condition) =>
        "{\"field\":" + Quote(condition.Field.WireName)
        + ",\"compareType\":" + Quote(CompareTypeNames.ToWire(condition.CompareType))
        + ",\"value\":[" + string.Join(",", condition.Values.Select(Quote)) + "]}";

    private static bool IsEscaped(char c)
    {
        // The byte order mark is the one format character the encoder escapes.
        if (c == '\uFEFF')
        {
            return true;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return true;
            default:
                return false;
        }
    }
}
