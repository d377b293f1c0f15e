using Xunit;

namespace Serpstat.Runtime.Tests.Support;

/// <summary>The cultures every serialization and parsing test runs under.</summary>
public sealed class Cultures : TheoryData<string>
{
    public Cultures()
    {
        Add("en-US");
        Add("de-DE");
        Add("tr-TR");
    }
}
