using Spp.Improvement.Tests.Support;

namespace Spp.Improvement.Tests.Partnerships.Support;

/// <summary>The whole improvement domain: partnerships and rounds call enrolments, people and cycles, so tests need them all.</summary>
public sealed class DomainHost() : DomainGrainHost("improvement-partnerships");
