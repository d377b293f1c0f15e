using System.Globalization;
using System.Text;

namespace Serpstat.Generator.Emit;

/// <summary>Writes values as C# literals.</summary>
internal static class CSharpLiterals
{
    public static string String(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) || char.IsSurrogate(c) || c > '~'
                    => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";
}
