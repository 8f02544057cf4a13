using Spp.Grains;
using Spp.Improvement.People;

namespace Spp.Improvement.Enrolments;

/// <summary>What an enrolment grain stores. Additive changes only; see <see cref="GrainStateAttribute"/>.</summary>
[GrainState(1)]
public sealed class EnrolmentState
{
    public Guid TenantId { get; set; }

    public int Urn { get; set; }

    public string SchoolName { get; set; } = string.Empty;

    public EnrolmentStatus Status { get; set; }

    public Guid? PartnershipId { get; set; }

    /// <summary>When the enrolment ended because of a transfer, the tenant that received the school.</summary>
    public Guid? TransferredTo { get; set; }

    public List<StaffMemberView> Staff { get; set; } = [];

    public List<EnrolmentHistoryEntry> History { get; set; } = [];
}
