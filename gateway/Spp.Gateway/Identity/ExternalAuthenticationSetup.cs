using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using Spp.Contracts.Identity;
using Spp.Gateway.Configuration;
using Spp.Gateway.DevelopmentIssuer;

namespace Spp.Gateway.Identity;

/// <summary>
/// One JwtBearer scheme per configured issuer behind a policy scheme that picks by <c>iss</c>.
/// Issuers are read once at start-up: adding one is a configuration change and a restart. The
/// development issuer, when enabled, is one more scheme, trusted by this process's own key.
/// </summary>
internal static class ExternalAuthenticationSetup
{
    private const int MinimumKeyBytes = 32;

    public static IServiceCollection AddExternalAuthentication(this IServiceCollection services, IConfiguration configuration, DevelopmentIssuerKey? developmentKey = null)
    {
        var options = configuration.GetSection(ExternalAuthenticationOptions.SectionName).Get<ExternalAuthenticationOptions>() ?? new();
        var authentication = services.AddAuthentication();
        var schemeByIssuer = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, issuer) in options.Issuers)
        {
            var key = $"{ExternalAuthenticationOptions.SectionName}:Issuers:{name}";
            var signingKey = Validate(key, issuer);
            if (!schemeByIssuer.TryAdd(issuer.Issuer!, ExternalAuthenticationDefaults.IssuerScheme(name)))
            {
                throw SettingMessages.Invalid($"{key}:Issuer", $"repeats issuer '{issuer.Issuer}', already configured under another name");
            }

            authentication.AddJwtBearer(ExternalAuthenticationDefaults.IssuerScheme(name), jwt => Configure(jwt, issuer, signingKey));
        }

        if (developmentKey is not null)
        {
            authentication.AddJwtBearer(ExternalAuthenticationDefaults.DevelopmentScheme, jwt => ConfigureDevelopment(jwt, developmentKey));
        }

        authentication.AddScheme<AuthenticationSchemeOptions, UntrustedIssuerHandler>(ExternalAuthenticationDefaults.UntrustedScheme, null);
        var selector = new ExternalIssuerSelector(schemeByIssuer, developmentKey is not null);
        authentication.AddPolicyScheme(ExternalAuthenticationDefaults.PolicyScheme, null, o => o.ForwardDefaultSelector = selector.Select);
        return services;
    }

    private static void Configure(Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions jwt, ExternalIssuerOptions issuer, SymmetricSecurityKey? signingKey)
    {
        // Keep the token's own claim names (iss, sub, email, name): sign-in reads them as issued.
        jwt.MapInboundClaims = false;
        jwt.Audience = issuer.Audience;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudience = issuer.Audience,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            NameClaimType = PlatformClaims.Subject,
        };
        if (signingKey is not null)
        {
            jwt.TokenValidationParameters.IssuerSigningKey = signingKey;
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
        else
        {
            jwt.Authority = issuer.Authority;
            jwt.RequireHttpsMetadata = issuer.RequireHttpsMetadata;
        }
    }

    private static void ConfigureDevelopment(Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions jwt, DevelopmentIssuerKey key)
    {
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            // The issuer names whichever origin the caller used; only this process's key can sign it.
            ValidateIssuer = true,
            IssuerValidator = (issuer, _, _) => DevelopmentIssuerAddress.IsIssuerShaped(issuer)
                ? issuer
                : throw new SecurityTokenInvalidIssuerException("The token is not from the development issuer."),
            ValidAudience = DevelopmentTokens.AccessTokenAudience,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromMinutes(1),
            NameClaimType = PlatformClaims.Subject,
            IssuerSigningKey = key.Key,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        };
    }

    private static SymmetricSecurityKey? Validate(string key, ExternalIssuerOptions issuer)
    {
        if (string.IsNullOrWhiteSpace(issuer.Issuer))
        {
            throw SettingMessages.Invalid($"{key}:Issuer", "is required but not set");
        }

        if (string.IsNullOrWhiteSpace(issuer.Audience))
        {
            throw SettingMessages.Invalid($"{key}:Audience", "is required but not set");
        }

        var hasKey = !string.IsNullOrWhiteSpace(issuer.SigningKey);
        var hasAuthority = !string.IsNullOrWhiteSpace(issuer.Authority);
        if (hasKey == hasAuthority)
        {
            throw SettingMessages.Invalid($"{key}:SigningKey", "or Authority must be set, and not both");
        }

        if (hasAuthority)
        {
            return Uri.TryCreate(issuer.Authority, UriKind.Absolute, out _)
                ? null
                : throw SettingMessages.Invalid($"{key}:Authority", "must be an absolute URL");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(issuer.SigningKey!.Trim());
        }
        catch (FormatException)
        {
            throw SettingMessages.Invalid($"{key}:SigningKey", "is not valid base64");
        }

        return bytes.Length >= MinimumKeyBytes
            ? new SymmetricSecurityKey(bytes)
            : throw SettingMessages.Invalid($"{key}:SigningKey", $"decodes to {bytes.Length} bytes; at least {MinimumKeyBytes} are required");
    }
}
