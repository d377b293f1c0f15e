namespace Serpstat.Analyzer.Tests.Infrastructure;

/// <summary>Wraps test statements in a program that uses the generated getOutlinks client.</summary>
internal static class Code
{
    public static string Of(string statements) => $$"""
        using System;
        using Serpstat.Backlinks;
        using Serpstat.Filtering;

        public static class Program
        {
            private const string Date = "01.02.2030";

            public static void Main(string[] args)
            {
                {{statements}}
            }
        }
        """;
}
