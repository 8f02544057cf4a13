using Spp.Contracts.Identity;

namespace Spp.Gateway.Identity;

/// <summary>Asks the service that owns people who an external identity is on the platform.</summary>
internal interface ISignInLookup
{
    /// <exception cref="SignInUnavailableException">The service did not answer.</exception>
    /// <exception cref="SignInRefusedException">The service will not sign this identity in.</exception>
    Task<SignInResolution> ResolveAsync(SignInRequest request, CancellationToken cancellationToken);
}
