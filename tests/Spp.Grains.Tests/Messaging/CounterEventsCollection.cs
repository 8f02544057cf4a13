namespace Spp.Grains.Tests.Messaging;

/// <summary>
/// The messaging guarantee tests load a small machine heavily (hosts, a broker node of their own,
/// thousands of events), so they run one after the other, beside the other test classes.
/// </summary>
[CollectionDefinition(nameof(CounterEventsCollection))]
public sealed class CounterEventsCollection;
