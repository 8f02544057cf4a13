using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Enquiry.Support;

/// <summary>The improvement domain over a SQLite file with its services open to tests: the outbox of any grain, and the service's other stores.</summary>
public sealed class DomainHost() : DomainGrainHost("improvement-domain");
