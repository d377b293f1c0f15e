using System.Collections.Generic;
using System.IO;
using System.Linq;
using Serpstat.Generator.Json;
using Serpstat.Generator.Schema;
using Xunit;

namespace Serpstat.Generator.Tests.Schema;

/// <summary>The editor schema and the reader must agree on every word of the format.</summary>
public class JsonSchemaDocumentTests
{
    private static readonly JsonObject Document = (JsonObject)JsonParser.Parse(
        File.ReadAllText(SchemaTestFiles.SchemaPath("serpstat-method.schema.json"))).Root!;

    private static readonly Dictionary<string, string> ReaderWords = new()
    {
        ["ParamTypes"] = SchemaVocabulary.ParamTypes.Words,
        ["ParamRoles"] = SchemaVocabulary.ParamRoles.Words,
        ["FilterKinds"] = SchemaVocabulary.FilterKinds.Words,
        ["DateFormats"] = SchemaVocabulary.DateFormats.Words,
        ["ResponseTypes"] = SchemaVocabulary.ResponseTypes.Words,
        ["SummaryRoles"] = SchemaVocabulary.SummaryRoles.Words,
        ["QueryKinds"] = SchemaVocabulary.QueryKinds.Words,
        ["DataShapes"] = SchemaVocabulary.DataShapes.Words,
        ["SummaryLocations"] = SchemaVocabulary.SummaryLocations.Words,
    };

    [Theory]
    [InlineData("$defs.param.properties.type", "ParamTypes")]
    [InlineData("$defs.param.properties.role", "ParamRoles")]
    [InlineData("$defs.filterField.properties.kind", "FilterKinds")]
    [InlineData("$defs.filterField.properties.dateFormat", "DateFormats")]
    [InlineData("$defs.responseFieldProperties.properties.type", "ResponseTypes")]
    [InlineData("$defs.summaryField.properties.role", "SummaryRoles")]
    [InlineData("$defs.enumValue.properties.queryKind", "QueryKinds")]
    [InlineData("properties.response.properties.data.properties.shape", "DataShapes")]
    [InlineData("properties.response.properties.summaryInfo.properties.location", "SummaryLocations")]
    public void Lists_the_same_words_as_the_reader(string path, string vocabulary)
    {
        Assert.Equal(ReaderWords[vocabulary], string.Join(", ", Enum(path)));
    }

    [Fact]
    public void Lists_the_eleven_compare_types()
    {
        Assert.Equal(CompareTypes.All, Enum("$defs.compareType"));
    }

    [Fact]
    public void Describes_every_property()
    {
        var undescribed = Properties(Document, "")
            .Where(p => p.Value is JsonObject o && o.Properties.All(m => m.Name is not ("description" or "$ref")))
            .Select(p => p.Path);

        Assert.Empty(undescribed);
    }

    private static string[] Enum(string path)
    {
        var node = path.Split('.').Aggregate((JsonNode)Document, (current, name) =>
            ((JsonObject)current).Properties.Single(p => p.Name == name).Value);
        var list = ((JsonObject)node).Properties.Single(p => p.Name == "enum").Value;
        return ((JsonArray)list).Items.Select(item => ((JsonString)item).Value).ToArray();
    }

    /// <summary>Every declared member of every "properties" object in the document, with its path.</summary>
    private static IEnumerable<(string Path, JsonNode Value)> Properties(JsonNode node, string path)
    {
        if (node is JsonArray array)
        {
            return array.Items.SelectMany(item => Properties(item, path));
        }

        if (node is not JsonObject json)
        {
            return Enumerable.Empty<(string, JsonNode)>();
        }

        // Conditions (if, then, else) narrow properties that are described where they are declared.
        return json.Properties.Where(member => member.Name is not ("if" or "then" or "else")).SelectMany(member =>
        {
            var memberPath = path + "." + member.Name;
            var own = member.Name == "properties" && member.Value is JsonObject properties
                ? properties.Properties.Select(p => (memberPath + "." + p.Name, p.Value))
                : Enumerable.Empty<(string, JsonNode)>();
            return own.Concat(Properties(member.Value, memberPath));
        });
    }
}
