using System.Globalization;
using System.Text;

namespace Serpstat.Generator.Json;

/// <summary>Writes a scalar back as canonical JSON text, so that equal values give equal text in the model.</summary>
internal static class JsonText
{
    public static string Of(JsonNode scalar) => scalar switch
    {
        JsonString text => Quote(text.Value),
        JsonNumber number => number.Text,
        _ => scalar.Kind switch
        {
            JsonNodeKind.True => "true",
            JsonNodeKind.False => "false",
            _ => "null",
        },
    };

    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>How a value reads in a message: "a string", "an array", "null".</summary>
    public static string Describe(JsonNode node) => node.Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.True => "true",
        JsonNodeKind.False => "false",
        _ => "null",
    };
}
