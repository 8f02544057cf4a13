using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Spp.Contracts.Identity;
using Spp.Gateway.Forwarder;
using Spp.Gateway.LoadBalancing;
using Spp.Gateway.Routing;
using Spp.Tenancy.Tokens;

namespace Spp.Gateway.Identity;

/// <summary>
/// Resolves a signed-in caller over <c>POST /internal/people/sign-in</c> on the cluster that owns
/// people, with a service-to-service token (subject "gateway", audience that cluster), the way the
/// tenant directory asks for tenants.
/// </summary>
internal sealed class SignInClient(
    RouteTableProvider routes,
    DestinationInvokers invokers,
    InternalTokenIssuer tokens,
    IOptions<SignInOptions> options) : ISignInLookup
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<SignInResolution> ResolveAsync(SignInRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!routes.Current.Clusters.TryGetValue(settings.ClusterId, out var cluster))
        {
            throw new SignInUnavailableException($"The sign-in cluster '{settings.ClusterId}' is not configured.");
        }

        var destination = RoundRobinLoadBalancer.Pick(cluster);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.LookupTimeout);
        using var message = new HttpRequestMessage(HttpMethod.Post, DestinationUris.Combine(destination.Address, SignInRoutes.Resolve, QueryString.Empty))
        {
            Content = JsonContent.Create(request, options: Json),
        };
        message.Headers.Add(InternalToken.HeaderName, tokens.IssueForService(GatewayIdentity.ServiceName, cluster.Id));
        try
        {
            using var response = await invokers.For(destination).SendAsync(message, timeout.Token);
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity)
            {
                throw new SignInRefusedException($"The platform refused to sign in this identity ({(int)response.StatusCode}).");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SignInUnavailableException($"The sign-in route answered {(int)response.StatusCode}.");
            }

            var resolution = await response.Content.ReadFromJsonAsync<SignInResolution>(Json, timeout.Token);
            return resolution is { PersonId: var id } && id != Guid.Empty
                ? resolution
                : throw new SignInUnavailableException("The sign-in route's answer names no person.");
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SignInUnavailableException($"The sign-in route did not answer within {settings.LookupTimeout}.", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or IOException or NotSupportedException)
        {
            throw new SignInUnavailableException("The sign-in route could not be read.", ex);
        }
    }
}
