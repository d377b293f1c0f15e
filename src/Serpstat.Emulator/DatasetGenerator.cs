using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Serpstat.Emulator;

/// <summary>
/// Builds the shipped synthetic dataset from a fixed seed: five analysed sites with subdomains, several source pages
/// per host, every link type and nofollow value, and dates over ten years. A page links to one target host at most
/// once, so "one link from the page" (linkPerDomain 0) keeps every row.
/// </summary>
public static class DatasetGenerator
{
    /// <summary>The seed of the shipped file.</summary>
    public const int Seed = 20240611;

    private static readonly string[] Sites =
    {
        "alpha-travel.com", "bright-kitchen.net", "cosmo-tech.io", "delta-garden.org", "echo-sports.com",
    };

    private static readonly string[] Subdomains = { string.Empty, "www.", "blog.", "shop.", "help." };
    private static readonly string[] Sections =
    {
        "news", "guides", "reviews", "about", "tips", "deals", "faq", "events",
    };

    private static readonly string[] Words =
    {
        "best", "guide", "review", "cheap", "travel", "kitchen", "garden", "sports", "tech", "how", "to", "top", "new",
        "tips", "buy", "free", "online", "tools", "SEO", "Serpstat",
        "обзор", "купить", "лучший", "home", "news",
    };

    private static readonly string[] UrlWords =
        Words.Where(w => w.All(c => c < 128)).Select(w => w.ToLowerInvariant()).ToArray();

    private static readonly (string Value, int Weight)[] LinkTypes =
    {
        ("href", 60), ("image", 12), ("redirect", 6), ("frame", 4), ("rss", 4), ("alternate", 5), ("form", 3),
        ("canonical", 6),
    };

    private static readonly (string Value, int Weight)[] NofollowValues =
    {
        ("follow", 55), ("nofollow", 20), ("UGC", 6), ("sponsored", 6), ("nofollow,UGC", 8), ("nofollow,sponsored", 5),
    };

    /// <summary>Generates the dataset for <paramref name="seed"/>; the same seed gives the same rows.</summary>
    public static OutlinkDataset Generate(int seed = Seed)
    {
        var random = new Random(seed);
        var targets = Enumerable.Range(0, 400).Select(i => TargetHost(random, i)).ToArray();
        var rows = new List<OutlinkRecord>();
        foreach (var site in Sites)
        {
            foreach (var sub in Subdomains)
            {
                var pages = random.Next(18, 30);
                for (var p = 0; p < pages; p++)
                {
                    AddPage(random, rows, "https://" + sub + site + PagePath(random, p), targets);
                }
            }
        }

        return new OutlinkDataset(rows);
    }

    private static void AddPage(Random random, List<OutlinkRecord> rows, string urlFrom, string[] targets)
    {
        var links = random.Next(3, 18);
        var linksExt = links + random.Next(0, 40);
        var crawled = new DateTime(2024, 1, 1).AddDays(random.Next(0, 600)).AddSeconds(random.Next(0, 86400));
        foreach (var host in targets.OrderBy(_ => random.Next()).Take(links))
        {
            var firstSeen = new DateTime(2015, 1, 1).AddDays(random.Next(0, 3300));
            if (firstSeen > crawled)
            {
                firstSeen = crawled.Date;
            }

            DateTime? deleted = random.Next(10) == 0
                ? firstSeen.AddDays(random.Next(30, 900)).AddHours(random.Next(24))
                : null;
            var type = Pick(random, LinkTypes);
            rows.Add(new OutlinkRecord(
                urlFrom,
                "https://" + host + TargetPath(random),
                Pick(random, NofollowValues),
                type,
                linksExt,
                type is "image" or "frame" && random.Next(3) == 0 ? string.Empty : Anchor(random),
                firstSeen.Date,
                crawled,
                deleted));
        }
    }

    private static string TargetHost(Random random, int index)
    {
        var tlds = new[] { "com", "org", "net", "io", "de", "co.uk", "com.ua" };
        var prefix = random.Next(4) == 0 ? "www." : string.Empty;
        var name = UrlWords[random.Next(UrlWords.Length)];
        return prefix + name + "-" + index.ToString(CultureInfo.InvariantCulture)
            + "." + tlds[random.Next(tlds.Length)];
    }

    private static string PagePath(Random random, int index) => index == 0
        ? "/"
        : "/" + Sections[random.Next(Sections.Length)] + "/" + Slug(random)
            + "-" + index.ToString(CultureInfo.InvariantCulture) + "/";

    private static string TargetPath(Random random) => random.Next(3) switch
    {
        0 => "/",
        1 => "/" + Slug(random),
        _ => "/" + Sections[random.Next(Sections.Length)] + "/" + Slug(random) + ".html",
    };

    private static string Slug(Random random) =>
        string.Join("-", Enumerable.Range(0, random.Next(1, 4)).Select(_ => UrlWords[random.Next(UrlWords.Length)]));

    private static string Anchor(Random random) =>
        string.Join(" ", Enumerable.Range(0, random.Next(1, 5)).Select(_ => Words[random.Next(Words.Length)]));

    private static string Pick(Random random, (string Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[0].Value;
    }
}
