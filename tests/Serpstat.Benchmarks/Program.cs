using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/Serpstat.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The entry point's type, named for BenchmarkSwitcher.</summary>
internal sealed partial class Program
{
}
