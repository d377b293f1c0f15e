using System;
using System.Globalization;
using System.IO;
using Serpstat.Emulator;

// serpstat-emulator [--port N] [--rps X] [--token T] [--credits N]   serve getOutlinks on 127.0.0.1 until Ctrl+C
// serpstat-emulator generate-dataset PATH                             write the synthetic dataset (fixed seed)
if (args.Length == 2 && args[0] == "generate-dataset")
{
    using var file = File.Create(args[1]);
    var dataset = DatasetGenerator.Generate();
    dataset.Save(file);
    Console.WriteLine($"Wrote {dataset.Rows.Count} rows to {args[1]}");
    return 0;
}

var options = new EmulatorOptions();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--port": options.Port = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--rps": options.RequestsPerSecond = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--token": options.Tokens[args[i + 1]] = options.Tokens[EmulatorOptions.DefaultToken]; break;
        case "--credits":
            options.Tokens[EmulatorOptions.DefaultToken] = long.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        default: Console.Error.WriteLine($"Unknown option {args[i]}"); return 2;
    }
}

await using var emulator = await SerpstatEmulator.StartAsync(options);
Console.WriteLine(
    $"Serpstat emulator listening on {emulator.Endpoint} (token '{EmulatorOptions.DefaultToken}'); "
    + "Ctrl+C stops it.");
await emulator.WaitForShutdownAsync();
return 0;
