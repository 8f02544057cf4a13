using Spp.Contracts.Cycles;
using Spp.Grains;

namespace Spp.Improvement.Cycles;

/// <summary>Files on evidence records: the store keeps the bytes, the cycle keeps who may read them.</summary>
public sealed partial class ReviewCycleGrain
{
    public async Task AddEvidenceAttachment(Guid personId, EvidenceAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        EnsureExists();
        if (State.Attachments.Any(a => a.Id == attachment.Id))
        {
            LeaveUnchanged();
            return;
        }

        var roles = await RolesOf(personId, caller: null);
        EnsureMayRecordEvidence(roles, "attach a file to evidence");
        if (State.Evidence.FirstOrDefault(e => e.Id == attachment.EvidenceId) is not { } evidence)
        {
            throw new GrainNotFoundException("The evidence record");
        }

        if (evidence.RecordedBy != personId)
        {
            throw new CycleForbiddenException("attach a file to evidence", "the person who recorded it");
        }

        State.Attachments.Add(attachment);
        Raise(new EvidenceAttachmentChanged(Id, State.TenantId, attachment.EvidenceId, attachment.Id, attachment.Length, Removed: false));
    }

    public async Task RemoveEvidenceAttachment(Guid personId, Guid attachmentId)
    {
        EnsureExists();
        if (State.Attachments.FirstOrDefault(a => a.Id == attachmentId) is not { } attachment)
        {
            LeaveUnchanged();
            return;
        }

        var roles = await RolesOf(personId, caller: null);
        EnsureMayRecordEvidence(roles, "remove a file from evidence");
        if (attachment.AddedBy != personId && !roles.IsLeadReviewer)
        {
            throw new CycleForbiddenException("remove a file from evidence", "the person who added it or the lead reviewer");
        }

        State.Attachments.Remove(attachment);
        Raise(new EvidenceAttachmentChanged(Id, State.TenantId, attachment.EvidenceId, attachment.Id, attachment.Length, Removed: true));
    }

    public async Task<EvidenceAttachment?> FindEvidenceAttachment(Guid personId, Guid attachmentId)
    {
        if (!Exists || State.Attachments.FirstOrDefault(a => a.Id == attachmentId) is not { } attachment)
        {
            return null;
        }

        var roles = await RolesOf(personId, caller: null);
        return roles.SeesFindings(State.Sharing) ? attachment : null;
    }
}
