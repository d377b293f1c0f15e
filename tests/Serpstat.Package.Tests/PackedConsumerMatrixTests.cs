using System.IO;
using Serpstat.Package.Tests.Support;
using Xunit;

namespace Serpstat.Package.Tests;

/// <summary>
/// The corners of the consumer matrix that in-memory compilations cannot vouch for, built for real from the package:
/// a library for .NET Standard 2.0, .NET 8 and .NET 10 at once, on the oldest C# the generated code supports, with
/// nullable off, no implicit or global usings, warnings as errors, and types of its own named like ours.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackedConsumerMatrixTests
{
    private readonly PackedPackage package;

    public PackedConsumerMatrixTests(PackedPackage package)
    {
        this.package = package;
    }

    [Fact]
    public void Library_on_three_frameworks_and_csharp_7_3_builds_without_any_diagnostic()
    {
        var consumer = package.NewConsumer("Library");
        consumer.WriteProject("""
                <TargetFrameworks>netstandard2.0;net8.0;net10.0</TargetFrameworks>
                <LangVersion>7.3</LangVersion>
                <Nullable>disable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
            """);
        consumer.CopyRealSchema("Schemas");
        consumer.Write("Usage.cs", """
            using System;
            using Serpstat.Backlinks;

            namespace Library
            {
                /// <summary>Builds and reads getOutlinks queries.</summary>
                public static class Usage
                {
                    /// <summary>The request body of a filtered query.</summary>
                    public static byte[] Build()
                    {
                        return GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                            .WithSort(GetOutlinks.Sort.UrlFrom)
                            .Where(f => f.LinksExternal.Between(1, 500) && f.UrlFrom.NotContains("x"))
                            .Where(f => !f.Check.Gt(new DateTime(2030, 1, 1)))
                            .ToUtf8Json(1);
                    }

                    /// <summary>The rows of a response body.</summary>
                    public static int Rows(byte[] body)
                    {
                        return GetOutlinks.Query("serpstat.com", GetOutlinks.SearchType.Domain)
                            .ParseResponse(body).GetResultOrThrow().Data.Count;
                    }
                }

                internal class Filter<T> { }

                internal class SerpstatRequest<T> { }

                internal class JsonPath { }
            }
            """);

        var build = consumer.Build().AssertSucceeded("library build");

        Assert.Empty(ConsumerProject.Diagnostics(build));
        foreach (var framework in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            Assert.True(
                File.Exists(Path.Combine(consumer.Directory, "bin", "Debug", framework, "Library.dll")),
                "no build for " + framework);
        }
    }
}
