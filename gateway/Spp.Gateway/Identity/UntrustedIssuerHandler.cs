using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Spp.Gateway.Identity;

/// <summary>
/// Where the policy scheme sends a request whose bearer token names no trusted issuer (or cannot be
/// read): a bearer is a failure, no bearer is simply anonymous.
/// </summary>
internal sealed class UntrustedIssuerHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(BearerToken.From(Request) is null
            ? AuthenticateResult.NoResult()
            : AuthenticateResult.Fail("The token's issuer is not trusted."));
}
