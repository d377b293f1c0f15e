using System;
using System.IO;
using System.Linq;
using System.Threading;
using Serpstat.Generator.Schema;
using Xunit;

namespace Serpstat.Generator.Tests.Schema;

/// <summary>
/// Thousands of damaged copies of the real schema: the reader must never throw nor fall back to the internal-error
/// diagnostic, and every diagnostic must point inside the file.
/// </summary>
public class SchemaMutationTests
{
    private static readonly string Original =
        File.ReadAllText(SchemaTestFiles.SchemaPath(SchemaTestFiles.GetOutlinks));

    [Fact]
    public void Damaged_copies_give_diagnostics_inside_the_file_and_never_an_internal_error()
    {
        var random = new Random(20240601);
        for (var i = 0; i < 3000; i++)
        {
            var text = Mutate(Original, random);

            var result = SchemaReader.Read("mutant.serpstat.json", text, CancellationToken.None);

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "SERP099");
            Assert.All(result.Diagnostics, d => Assert.InRange(d.Span!.Start + d.Span.Length, 0, text.Length));
        }
    }

    private static string Mutate(string text, Random random)
    {
        var at = random.Next(text.Length);
        const string pieces = "{}[],:\"\\ 0-1e.truefalsenull\u0000\uD800";
        return random.Next(4) switch
        {
            0 => text.Substring(0, at),
            1 => text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at)),
            2 => text.Insert(at, pieces[random.Next(pieces.Length)].ToString()),
            _ => SwapToken(text, at, random),
        };
    }

    /// <summary>Replaces a value with another JSON value, keeping the text valid JSON more often than not.</summary>
    private static string SwapToken(string text, int at, Random random)
    {
        string[] values =
        {
            "1", "-7", "1.5", "\"\"", "\"x y\"", "true", "null", "[]", "{}", "\"enum\"", "\"Request\"",
        };
        var colon = text.IndexOf(": ", at, StringComparison.Ordinal);
        if (colon < 0)
        {
            return text;
        }

        var end = text.IndexOfAny(new[] { ',', '\n' }, colon + 2);
        var start = colon + 2;
        return end < 0 || text[start] is '[' or '{'
            ? text
            : text.Substring(0, start) + values[random.Next(values.Length)] + text.Substring(end);
    }
}
