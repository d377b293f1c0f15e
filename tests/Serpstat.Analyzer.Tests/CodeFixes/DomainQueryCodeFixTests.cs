using System.Threading.Tasks;
using Serpstat.Analyzer.Tests.Infrastructure;
using Serpstat.Generator.CodeFixes;
using Xunit;

namespace Serpstat.Analyzer.Tests.CodeFixes;

public sealed class DomainQueryCodeFixTests
{
    [Theory]
    [InlineData("https://serpstat.com/")]
    [InlineData("http://serpstat.com/blog/post?x=1")]
    [InlineData("serpstat.com/")]
    public Task Writes_the_bare_domain(string query) =>
        Verify.Fix<DomainQueryCodeFix>(
            Code.Of($$"""GetOutlinks.Query({|SERP107:"{{query}}"|}, GetOutlinks.SearchType.Domain);"""),
            Code.Of("""GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain);"""),
            nameof(DomainQueryCodeFix),
            "Use 'serpstat.com'");
}
