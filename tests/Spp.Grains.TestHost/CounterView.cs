namespace Spp.Grains.TestHost;

public sealed record CounterView(long Value, int Commands, string Label, string ETag);
