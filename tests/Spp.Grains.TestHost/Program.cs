using Spp.Grains.TestHost;

// A process for tests that kill one: `--roles grains,projection` picks what it runs.
var roles = (args.SkipWhile(a => a != "--roles").Skip(1).FirstOrDefault() ?? "grains").Split(',');
var app = CounterHost.Build(args, roles.Contains("grains"), roles.Contains("projection"));
await app.RunAsync();
