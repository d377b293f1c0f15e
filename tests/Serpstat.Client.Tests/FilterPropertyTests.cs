using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Serpstat.Backlinks;
using Serpstat.Client.Tests.Infrastructure;
using Serpstat.Filtering;
using Xunit;
using F = Serpstat.Filtering.Filter<Serpstat.Backlinks.GetOutlinks.FilterFields>;

namespace Serpstat.Client.Tests;

/// <summary>
/// For random filters, what the emulator answers over HTTP equals local evaluation on the typed dataset.
/// </summary>
public sealed class FilterPropertyTests : IClassFixture<EmulatorFixture>
{
    private const string Site = "delta-garden.org";
    private static readonly string[] TextFields = { "url_from", "anchor", "url_to" };
    private static readonly CompareType[] TextTypes =
    {
        CompareType.Eq, CompareType.Neq, CompareType.Contains, CompareType.NotContains, CompareType.StartsWith,
        CompareType.EndsWith,
    };
    private static readonly CompareType[] OrderedTypes =
        { CompareType.Gt, CompareType.Lt, CompareType.Gte, CompareType.Lte, CompareType.Eq, CompareType.Neq };

    private readonly EmulatorFixture fixture;

    public FilterPropertyTests(EmulatorFixture fixture) => this.fixture = fixture;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Emulator_answers_equal_local_evaluation_for_random_filters(int seed)
    {
        var random = new Random(seed);
        var rows = Dataset.Under(Site).ToList();
        var client = fixture.Client();
        var selective = 0;
        for (var round = 0; round < 25; round++)
        {
            var query = GetOutlinks.Query(Site, GetOutlinks.SearchType.DomainWithSubdomains)
                .WithLinkPerDomain(GetOutlinks.LinkPerDomain.OneLinkFromPage)
                .WithSize(1000)
                .Where(f => RandomFilter(f, random, rows));

            var answered = new List<string>();
            await foreach (var row in client.EnumerateAsync(query))
            {
                answered.Add(Dataset.Key(row));
            }

            var expected = rows.Where(query.Matches).Select(Dataset.Key);
            Assert.True(
                expected.Order(StringComparer.Ordinal).SequenceEqual(answered.Order(StringComparer.Ordinal)),
                $"seed {seed} round {round}: {query.ComplexFilter}");
            selective += answered.Count > 0 && answered.Count < rows.Count ? 1 : 0;
        }

        // The filters must select something and leave something out, or the equality says little.
        Assert.True(selective >= 10, $"only {selective} of 25 filters were selective");
    }

    /// <summary>
    /// One to three OR groups of one to three conditions, with values drawn from the rows so that they hit.
    /// </summary>
    private static F RandomFilter(GetOutlinks.FilterFields f, Random random, IReadOnlyList<GetOutlinks.Outlink> rows)
    {
        F any = default;
        for (var g = random.Next(1, 4); g > 0; g--)
        {
            F all = default;
            for (var c = random.Next(1, 4); c > 0; c--)
            {
                var condition = RandomCondition(f, random, rows[random.Next(rows.Count)]);
                all = all.IsEmpty ? condition : all && condition;
            }

            any = any.IsEmpty ? all : any || all;
        }

        return any;
    }

    private static F RandomCondition(GetOutlinks.FilterFields f, Random random, GetOutlinks.Outlink sample)
    {
        switch (random.Next(5))
        {
            case 0:
                var field = TextFields[random.Next(TextFields.Length)];
                var text = (string)((IFilterRow)sample).GetFilterValue(field)!;
                var compareType = TextTypes[random.Next(TextTypes.Length)];
                var value = compareType is CompareType.Eq or CompareType.Neq || text.Length < 4
                    ? (random.Next(3) == 0 ? text.ToUpperInvariant() : text)
                    : Slice(random, text);
                return value.Length == 0 ? f.UrlTo.Contains("/") : f.Condition(field, compareType, value);
            case 1:
                var links = sample.LinksExternal + random.Next(-3, 4);
                return random.Next(7) == 0
                    ? f.LinksExternal.Between(links, links + random.Next(0, 10))
                    : f.Condition(
                        "links_external",
                        OrderedTypes[random.Next(OrderedTypes.Length)],
                        links.ToString(CultureInfo.InvariantCulture));
            case 2:
                var day = sample.FirstSeen.AddDays(random.Next(-30, 31))
                    .ToString("d.M.yyyy", CultureInfo.InvariantCulture);
                return f.Condition("check", OrderedTypes[random.Next(OrderedTypes.Length)], day);
            case 3:
                return Pick(random, f, "link_nofollow", new[] { "follow", "nofollow", "ugc", "sponsored" });
            default:
                return Pick(
                    random,
                    f,
                    "link_type",
                    new[] { "text", "redirect", "iframe", "form", "canonical", "rss", "alternate", "image" });
        }
    }

    private static F Pick(Random random, GetOutlinks.FilterFields f, string field, string[] vocabulary)
    {
        var values = vocabulary.Where(_ => random.Next(3) == 0)
            .DefaultIfEmpty(vocabulary[random.Next(vocabulary.Length)])
            .ToArray();
        return f.Condition(field, random.Next(2) == 0 ? CompareType.Contains : CompareType.NotContains, values);
    }

    private static string Slice(Random random, string text)
    {
        var start = random.Next(text.Length - 3);
        return text.Substring(start, random.Next(3, Math.Min(12, text.Length - start) + 1));
    }
}
