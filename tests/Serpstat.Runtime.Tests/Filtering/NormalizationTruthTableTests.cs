using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Serpstat.Backlinks;
using Serpstat.Filtering;
using Xunit;

namespace Serpstat.Runtime.Tests.Filtering;

/// <summary>
/// For random boolean expressions over conditions (with !, nesting and chained Where), the OR-of-AND form sent to
/// the API holds for exactly the rows the written expression holds for.
/// </summary>
public sealed class NormalizationTruthTableTests
{
    private static readonly Atom[] Atoms =
    {
        new(f => f.LinksExternal.Gt(4), r => r.LinksExternal > 4),
        new(f => f.LinksExternal.Gte(6), r => r.LinksExternal >= 6),
        new(f => f.LinksExternal.Lt(3), r => r.LinksExternal < 3),
        new(f => f.LinksExternal.Lte(7), r => r.LinksExternal <= 7),
        new(f => f.LinksExternal.Eq(5), r => r.LinksExternal == 5),
        new(f => f.LinksExternal.Neq(2), r => r.LinksExternal != 2),
        new(f => f.LinksExternal.Between(3, 8), r => r.LinksExternal >= 3 && r.LinksExternal <= 8),
        new(f => f.UrlFrom.Contains("ab"), r => r.UrlFrom.Contains("ab", StringComparison.Ordinal)),
        new(f => f.UrlFrom.NotContains("zz"), r => !r.UrlFrom.Contains("zz", StringComparison.Ordinal)),
        new(f => f.UrlFrom.Eq("xabx"), r => r.UrlFrom == "xabx"),
        new(f => f.Anchor.Neq("zz"), r => r.Anchor != "zz"),
        new(
            f => f.LinkNofollow.Contains(GetOutlinks.LinkNofollowFilter.Ugc, GetOutlinks.LinkNofollowFilter.Follow),
            r => r.Nofollow is "ugc" or "follow"),
        new(
            f => f.LinkNofollow.NotContains(GetOutlinks.LinkNofollowFilter.Sponsored),
            r => r.Nofollow != "sponsored"),
        new(f => f.Check.Lte(new DateTime(2030, 1, 1)), r => r.Check <= new DateTime(2030, 1, 1)),
        new(f => f.Check.Gt("15.06.2029"), r => r.Check > new DateTime(2029, 6, 15)),
        new(f => f.Check.Eq("2.3.2029"), r => r.Check == new DateTime(2029, 3, 2)),
    };

    [Fact]
    public void Random_expressions_keep_their_truth_table()
    {
        var random = new Random(20261204);
        var rows = Rows().ToList();
        var checkedExpressions = 0;
        for (var i = 0; i < 400; i++)
        {
            var wheres = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Expr.Random(random, depth: 4)).ToList();
            var query = GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain);
            try
            {
                foreach (var where in wheres)
                {
                    query = query.Where(f => where.Build(f, Atoms));
                }
            }
            catch (SerpstatFilterException tooLarge) when (tooLarge.Message.Contains("more than the 1024 allowed"))
            {
                continue;
            }

            foreach (var row in rows)
            {
                var written = wheres.All(w => w.Evaluate(row, Atoms));
                var sent = query.ComplexFilter!.Groups.Any(g => g.All(c => ConditionHolds(c, row)));
                Assert.True(written == sent, $"Expression {string.Join(" AND ", wheres)} differs on {row}: "
                                             + $"written {written}, sent {sent} as {query.ComplexFilter}");
            }

            checkedExpressions++;
        }

        Assert.True(checkedExpressions > 350, $"Only {checkedExpressions} expressions were small enough to check.");
    }

    private static IEnumerable<Row> Rows()
    {
        var dates = new[]
        {
            new DateTime(2029, 3, 2), new DateTime(2029, 6, 15), new DateTime(2029, 6, 16), new DateTime(2030, 1, 1),
            new DateTime(2030, 1, 2),
        };
        for (var links = 0; links <= 10; links++)
        {
            foreach (var url in new[] { "ab", "xabx", "zz" })
            {
                foreach (var nofollow in new[] { "follow", "nofollow", "ugc", "sponsored" })
                {
                    foreach (var date in dates)
                    {
                        yield return new Row(links, url, url == "zz" ? "zz" : "a", nofollow, date);
                    }
                }
            }
        }
    }

    /// <summary>The API's meaning of one condition, written independently of the library.</summary>
    private static bool ConditionHolds(FilterCondition condition, Row row)
    {
        var values = condition.Values;
        switch (condition.Field.WireName)
        {
            case "links_external":
                var n = values.Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
                return Compare(condition.CompareType, row.LinksExternal.CompareTo(n[0]),
                               n.Length > 1 ? row.LinksExternal.CompareTo(n[1]) : 0);
            case "check":
                var d = values.Select(v => DateTime.ParseExact(v, "dd.MM.yyyy", CultureInfo.InvariantCulture))
                    .ToArray();
                return Compare(condition.CompareType, row.Check.CompareTo(d[0]),
                               d.Length > 1 ? row.Check.CompareTo(d[1]) : 0);
            case "link_nofollow":
                return condition.CompareType == CompareType.Contains == values.Contains(row.Nofollow);
            default:
                var text = condition.Field.WireName == "url_from" ? row.UrlFrom : row.Anchor;
                return condition.CompareType switch
                {
                    CompareType.Eq => text == values[0],
                    CompareType.Neq => text != values[0],
                    CompareType.Contains => text.Contains(values[0], StringComparison.Ordinal),
                    CompareType.NotContains => !text.Contains(values[0], StringComparison.Ordinal),
                    _ => throw new InvalidOperationException(condition.ToString()),
                };
        }
    }

    private static bool Compare(CompareType compareType, int first, int second) => compareType switch
    {
        CompareType.Gt => first > 0,
        CompareType.Gte => first >= 0,
        CompareType.Lt => first < 0,
        CompareType.Lte => first <= 0,
        CompareType.Eq => first == 0,
        CompareType.Neq => first != 0,
        CompareType.Between => first >= 0 && second <= 0,
        _ => throw new InvalidOperationException(compareType.ToString()),
    };

    private sealed record Row(long LinksExternal, string UrlFrom, string Anchor, string Nofollow, DateTime Check);

    private sealed record Atom(
        Func<GetOutlinks.FilterFields, Filter<GetOutlinks.FilterFields>> Build,
        Func<Row, bool> Evaluate);

    /// <summary>A written expression: what the test builds with the DSL and evaluates on its own.</summary>
    private abstract record Expr
    {
        public static Expr Random(Random random, int depth)
        {
            var pick = depth == 0 ? 0 : random.Next(5);
            return pick switch
            {
                0 or 1 => new AtomRef(random.Next(Atoms.Length)),
                2 => new Not(Random(random, depth - 1)),
                3 => new And(Random(random, depth - 1), Random(random, depth - 1)),
                _ => new Or(Random(random, depth - 1), Random(random, depth - 1)),
            };
        }

        public abstract Filter<GetOutlinks.FilterFields> Build(GetOutlinks.FilterFields f, Atom[] atoms);

        public abstract bool Evaluate(Row row, Atom[] atoms);
    }

    private sealed record AtomRef(int Index) : Expr
    {
        public override Filter<GetOutlinks.FilterFields> Build(GetOutlinks.FilterFields f, Atom[] atoms) =>
            atoms[Index].Build(f);

        public override bool Evaluate(Row row, Atom[] atoms) => atoms[Index].Evaluate(row);

        public override string ToString() => "a" + Index;
    }

    private sealed record Not(Expr Operand) : Expr
    {
        public override Filter<GetOutlinks.FilterFields> Build(GetOutlinks.FilterFields f, Atom[] atoms) =>
            !Operand.Build(f, atoms);

        public override bool Evaluate(Row row, Atom[] atoms) => !Operand.Evaluate(row, atoms);

        public override string ToString() => "!" + Operand;
    }

    private sealed record And(Expr Left, Expr Right) : Expr
    {
        public override Filter<GetOutlinks.FilterFields> Build(GetOutlinks.FilterFields f, Atom[] atoms) =>
            Left.Build(f, atoms) && Right.Build(f, atoms);

        public override bool Evaluate(Row row, Atom[] atoms) => Left.Evaluate(row, atoms) && Right.Evaluate(row, atoms);

        public override string ToString() => "(" + Left + " && " + Right + ")";
    }

    private sealed record Or(Expr Left, Expr Right) : Expr
    {
        public override Filter<GetOutlinks.FilterFields> Build(GetOutlinks.FilterFields f, Atom[] atoms) =>
            Left.Build(f, atoms) || Right.Build(f, atoms);

        public override bool Evaluate(Row row, Atom[] atoms) => Left.Evaluate(row, atoms) || Right.Evaluate(row, atoms);

        public override string ToString() => "(" + Left + " || " + Right + ")";
    }
}
