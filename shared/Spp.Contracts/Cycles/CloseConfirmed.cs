namespace Spp.Contracts.Cycles;

/// <summary>The headteacher or the facilitator confirmed the close; the second confirmation closes the cycle.</summary>
/// <param name="Role">"headteacher" or "facilitator".</param>
public sealed record CloseConfirmed(Guid CycleId, Guid TenantId, Guid ConfirmedBy, string Role);
