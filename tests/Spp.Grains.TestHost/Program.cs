using Spp.Grains.TestHost;

// A process for tests that need a separate host or kill one: `--roles grains,projection` picks
// what it runs; a grain host is driven over HTTP (see CounterEndpoints).
var roles = (args.SkipWhile(a => a != "--roles").Skip(1).FirstOrDefault() ?? "grains").Split(',');
var app = CounterHost.Build(args, roles.Contains("grains"), roles.Contains("projection"));
await app.RunAsync();
