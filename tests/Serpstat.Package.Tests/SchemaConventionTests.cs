using System.IO;
using Serpstat.Package.Tests.Support;
using Xunit;

namespace Serpstat.Package.Tests;

/// <summary>How the package's targets find schema files: by name, among None or Content items, unless off.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class SchemaConventionTests
{
    private readonly PackedPackage package;

    public SchemaConventionTests(PackedPackage package)
    {
        this.package = package;
    }

    [Fact]
    public void Missing_schema_warns_once_and_a_schema_added_as_content_or_as_both_item_kinds_is_read_once()
    {
        var consumer = package.NewConsumer("Convention");
        const string Properties = """
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
            """;
        consumer.WriteProject(Properties);
        consumer.Write("Empty.cs", "namespace Convention;\n\ninternal static class Empty\n{\n}\n");

        var none = consumer.Build().AssertSucceeded("build without a schema");
        Assert.Equal(new[] { "CSC: warning SERP011" }, ConsumerProject.Diagnostics(none));

        // A schema in a folder of its own, as Content, and listed again as AdditionalFiles: generated once, so no
        // SERP012 for a method described twice.
        consumer.WriteProject(Properties, """
                <None Remove="api/**" />
                <Content Include="api/*.serpstat.json" />
                <AdditionalFiles Include="api/*.serpstat.json" />
            """);
        consumer.CopyRealSchema("api");
        consumer.Write("Usage.cs", """
            using Serpstat.Backlinks;

            namespace Convention;

            internal static class Usage
            {
                public static string Json() => GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                    .Where(f => f.LinksExternal.Gt(5) || !f.UrlFrom.Contains("x"))
                    .ToJson(id: 1);
            }
            """);

        var content = consumer.Build("-p:TreatWarningsAsErrors=true").AssertSucceeded("build with a Content schema");
        Assert.Empty(ConsumerProject.Diagnostics(content));

        // A project that gets the package only through that project uses its client, and is not told to add a schema.
        var app = package.NewConsumer("ConventionApp");
        app.Write("ConventionApp.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Convention/Convention.csproj" />
              </ItemGroup>
            </Project>
            """);
        app.Write("App.cs", """
            using Serpstat.Backlinks;

            namespace ConventionApp;

            internal static class App
            {
                public static string Json() => GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain).ToJson(1);
            }
            """);
        var transitive = app.Build("-p:TreatWarningsAsErrors=true")
            .AssertSucceeded("build of a project using the library");
        Assert.Empty(ConsumerProject.Diagnostics(transitive));

        // Turned off, the convention adds nothing: only the listed AdditionalFiles reach the generator.
        consumer.WriteProject(Properties, """
                <None Remove="api/**" />
                <Content Include="api/*.serpstat.json" />
            """);
        consumer.Delete("Usage.cs");
        var off = consumer.Build("-p:SerpstatSchemaAutoInclude=false").AssertSucceeded("build with the convention off");
        Assert.Equal(new[] { "CSC: warning SERP011" }, ConsumerProject.Diagnostics(off));
    }
}
