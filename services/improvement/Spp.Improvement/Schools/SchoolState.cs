using Spp.Grains;

namespace Spp.Improvement.Schools;

/// <summary>What a school grain stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class SchoolState
{
    public int Urn { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The name folded for prefix search (see <see cref="SchoolRegisterSearch"/>, which queries it in the store).</summary>
    public string SearchName { get; set; } = string.Empty;

    public EducationPhase EducationPhase { get; set; }

    public string LocalAuthority { get; set; } = string.Empty;

    public string Region { get; set; } = string.Empty;

    public string? Trust { get; set; }

    public string Status { get; set; } = string.Empty;

    public DateOnly? OpenedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public Guid? EnrolledTenantId { get; set; }

    /// <summary>The last transfer, so that a retried transfer request is recognised and answered the same way.</summary>
    public SchoolTransferRecord? LastTransfer { get; set; }
}

/// <summary>A transfer as the school recorded it: from, to, and the ETag the national team based it on.</summary>
public sealed record SchoolTransferRecord(Guid From, Guid To, string BasedOn, DateTimeOffset At);
