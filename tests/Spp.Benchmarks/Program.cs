using Spp.Benchmarks;

// Performance benchmarks. Each command prints its figures as a plain-text table; goals are
// printed next to the figures, never asserted in unit tests. See docs/performance.md.
return await BenchmarkCommands.RunAsync(args);
