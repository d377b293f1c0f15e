using BenchmarkDotNet.Running;

namespace Serpstat.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/Serpstat.Benchmarks -- --filter '*'</c>. A named class
/// rather than top-level statements: the emulator this project references has a public <c>Program</c> of its own.
/// </summary>
internal static class BenchmarkProgram
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
