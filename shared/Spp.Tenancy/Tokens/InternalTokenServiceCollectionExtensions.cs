using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Spp.Contracts.Identity;

namespace Spp.Tenancy.Tokens;

/// <summary>Registers internal-token issuing (gateway, service-to-service callers) and validation (services).</summary>
public static class InternalTokenServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="InternalTokenIssuer"/> with its key from <c>InternalToken:SigningKey</c>;
    /// start-up fails, naming the setting, when the key is missing or shorter than 32 bytes.
    /// </summary>
    public static IServiceCollection AddInternalTokenIssuer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddInternalTokenOptions(configuration);
        services.TryAddSingleton<InternalTokenIssuer>();
        return services;
    }

    /// <summary>
    /// Makes the internal token the default authentication of a service: scheme
    /// <see cref="InternalTokenDefaults.AuthenticationScheme"/> reads only the
    /// <see cref="InternalToken.HeaderName"/> header (never <c>Authorization</c>) and checks issuer,
    /// audience, lifetime and signature. Also registers <see cref="ITenantAccessor"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">Configuration holding the <c>InternalToken</c> section.</param>
    /// <param name="serviceName">
    /// This service's name, to accept service-to-service tokens addressed to it; safe to call once
    /// per service when several share a process.
    /// </param>
    public static IServiceCollection AddInternalTokenAuthentication(this IServiceCollection services, IConfiguration configuration, string? serviceName = null)
    {
        services.AddInternalTokenOptions(configuration);
        services.AddOptions<InternalTokenAudiences>().Configure(a =>
        {
            if (!string.IsNullOrWhiteSpace(serviceName))
            {
                a.Values.Add(serviceName);
            }
        });
        services.AddHttpContextAccessor();
        services.TryAddScoped<ITenantAccessor, ClaimsTenantAccessor>();
        services.Replace(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AnonymousCallerChallenge>());

        if (services.Any(d => d.ServiceType == typeof(InternalTokenAuthenticationMarker)))
        {
            return services;
        }

        services.AddSingleton<InternalTokenAuthenticationMarker>();
        services.AddAuthentication(InternalTokenDefaults.AuthenticationScheme)
            .AddJwtBearer(InternalTokenDefaults.AuthenticationScheme, _ => { });
        services.AddOptions<JwtBearerOptions>(InternalTokenDefaults.AuthenticationScheme)
            .Configure<IOptions<InternalTokenOptions>, IOptions<InternalTokenAudiences>>((jwt, token, audiences) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = InternalTokenValidation.CreateParameters(InternalTokenKey.Create(token.Value), audiences.Value.Values);
                jwt.Events = new JwtBearerEvents { OnMessageReceived = ReadInternalHeaderOnly };
            });
        return services;
    }

    private static IServiceCollection AddInternalTokenOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InternalTokenOptions>, InternalTokenOptionsValidator>());
        if (!services.Any(d => d.ServiceType == typeof(InternalTokenOptionsMarker)))
        {
            services.AddSingleton<InternalTokenOptionsMarker>();
            services.AddOptions<InternalTokenOptions>().Bind(configuration.GetSection(InternalTokenOptions.SectionName)).ValidateOnStart();
        }

        return services;
    }

    // JwtBearer falls back to the Authorization header when no token is set here; an external
    // token that reached a service must never be mistaken for an internal one, so no header means no result.
    private static Task ReadInternalHeaderOnly(MessageReceivedContext context)
    {
        var values = context.Request.Headers[InternalToken.HeaderName];
        switch (values.Count)
        {
            case 0:
                context.NoResult();
                break;
            case 1 when !string.IsNullOrWhiteSpace(values[0]):
                context.Token = values[0];
                break;
            default:
                context.Fail($"Expected one {InternalToken.HeaderName} header.");
                break;
        }

        return Task.CompletedTask;
    }

    private sealed class InternalTokenAuthenticationMarker;

    private sealed class InternalTokenOptionsMarker;
}
