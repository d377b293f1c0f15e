using System.Text.Json.Nodes;
using Xunit;

namespace Serpstat.Runtime.Tests.Support;

/// <summary>Compares JSON documents as parsed trees, so formatting and escaping do not matter.</summary>
internal static class JsonAssert
{
    public static void Equal(string expected, string actual)
    {
        var expectedNode = JsonNode.Parse(expected);
        var actualNode = JsonNode.Parse(actual);
        Assert.True(
            JsonNode.DeepEquals(expectedNode, actualNode),
            $"JSON differs.\nExpected:\n{expectedNode?.ToJsonString()}\nActual:\n{actualNode?.ToJsonString()}");
    }
}
