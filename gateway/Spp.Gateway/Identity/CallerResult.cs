namespace Spp.Gateway.Identity;

/// <summary>The caller, or why their credentials were refused.</summary>
internal sealed record CallerResult(Caller? Caller, string? Failure)
{
    public static CallerResult Of(Caller caller) => new(caller, null);

    public static CallerResult Rejected(string failure) => new(null, failure);
}
