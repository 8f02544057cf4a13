using Spp.Grains.Hosting.Audit;
using Spp.Improvement.People;

namespace Spp.Improvement.Retention;

/// <summary>
/// Takes an erased person's e-mail and display name out of the audit trail's recorded values
/// (invitations, registration, renames), so erasure reaches the history too. The trail keeps who
/// acted by person id, which erasure leaves in place: the review's shape stays.
/// </summary>
public sealed class ErasedPersonAuditScrub(IAuditTrail trail)
{
    /// <summary>What stands in the audit values where the person's data was.</summary>
    public const string Replacement = "[erased]";

    /// <summary>
    /// The scrub replaces the value wherever it appears inside recorded text, so a very short display
    /// name ("Jo") would damage unrelated words; such a name is left, as it identifies no one alone.
    /// </summary>
    public const int MinNameLength = 4;

    /// <summary>Scrubs <paramref name="email"/> (as written and normalised) and <paramref name="displayName"/>; the number of entries changed.</summary>
    public async Task<int> ScrubAsync(string email, string displayName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(displayName);
        var values = new List<string>();
        if (!string.IsNullOrWhiteSpace(email))
        {
            values.Add(email);
            values.Add(EmailAddress.Normalise(email));
        }

        if (displayName.Length >= MinNameLength && displayName is not (PersonRules.ErasedDisplayName or PersonRules.UnnamedDisplayName))
        {
            values.Add(displayName);
        }

        var scrubbed = 0;

        // Longest first: a name inside the e-mail must not break the e-mail's own match.
        foreach (var value in values.Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length))
        {
            scrubbed += await trail.ScrubAsync(value, Replacement, cancellationToken);
        }

        return scrubbed;
    }
}
