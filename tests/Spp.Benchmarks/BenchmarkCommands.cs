namespace Spp.Benchmarks;

/// <summary>The command line: <c>grain-writes</c>, <c>grain-activations</c>, <c>allinone-start</c>.</summary>
internal static class BenchmarkCommands
{
    private const string Usage = """
        usage: Spp.Benchmarks grain-writes --postgres "<connection string without database>" [--commands N] [--clients C] [--rounds R]
                                           [--rabbitmq amqp://...] [--grain bench|counter] [--keep-databases]
               Spp.Benchmarks grain-activations --postgres "<connection string without database>" [--max-activations 50000] [--clients C]
               Spp.Benchmarks allinone-start --dll <path to Spp.AllInOne.dll> [--runs 5] [--idle-seconds 5]
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            await Console.Out.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            var options = new CommandOptions(args.Skip(1));
            switch (args[0])
            {
                case "grain-writes":
                    return await new GrainWritesBenchmark(
                        options.Required("--postgres"),
                        options.Int("--commands", 4000),
                        options.Int("--clients", 16),
                        options.Int("--rounds", 1),
                        options.Optional("--rabbitmq"),
                        options.Choice("--grain", "bench", "bench", "counter"),
                        options.Flag("--keep-databases"),
                        Console.Out).RunAsync();
                case "grain-activations":
                    await new GrainActivationsBenchmark(
                        options.Required("--postgres"),
                        options.Int("--max-activations", 50_000),
                        options.Int("--clients", 16),
                        Console.Out).RunAsync();
                    return 0;
                case "allinone-start":
                    return await new AllInOneStartBenchmark(
                        options.Required("--dll"),
                        options.Int("--runs", 5),
                        options.Int("--idle-seconds", 5),
                        Console.Out).RunAsync();
                default:
                    await Console.Error.WriteLineAsync($"unknown command '{args[0]}'\n{Usage}");
                    return 2;
            }
        }
        catch (CommandLineException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}\n{Usage}");
            return 2;
        }
    }
}
