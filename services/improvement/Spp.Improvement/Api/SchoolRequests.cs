using Spp.Improvement.Enrolments;
using Spp.Improvement.Schools;

namespace Spp.Improvement.Api;

/// <summary>Body of an enrolment.</summary>
public sealed record EnrolSchoolRequest(int? Urn);

/// <summary>Body of a transfer between tenants.</summary>
public sealed record TransferSchoolRequest(Guid? ToTenantId);

/// <summary>A page of the national register.</summary>
/// <param name="NextCursor">The cursor of the next page, or null on the last page.</param>
public sealed record RegisterPage(IReadOnlyList<RegisterSchoolView> Items, string? NextCursor);

/// <summary>A page of a tenant's enrolments.</summary>
/// <param name="NextCursor">The cursor of the next page, or null on the last page.</param>
public sealed record EnrolmentPage(IReadOnlyList<EnrolmentView> Items, string? NextCursor);
