using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Spp.Contracts.Identity;
using Spp.Gateway.Tests.Support;
using Spp.ServiceDefaults.Configuration;

namespace Spp.Gateway.Tests.DevelopmentIssuer;

/// <summary>The built-in development issuer at <c>/dev-issuer</c>, over real sockets.</summary>
public sealed class DevelopmentIssuerTests
{
    private const string ClientId = "spp-portal";
    private const string RedirectUri = "http://localhost:5173/signin/callback";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<GatewayHost> StartAsync(FakeBackend backend, bool enabled = true, string environment = "Development")
    {
        var settings = GatewayHost.SettingsFor(backend);
        settings["Auth:DevelopmentIssuer:Enabled"] = enabled ? "true" : "false";
        return GatewayHost.StartAsync(settings, environment: environment);
    }

    private static async Task<string> DirectTokenAsync(GatewayHost gateway, string email = "ada@school.test", string name = "Ada Lovelace")
    {
        using var response = await gateway.Client.PostAsJsonAsync("dev-issuer/tokens", new { email, name }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Bearer", body.RootElement.GetProperty("token_type").GetString());
        Assert.True(body.RootElement.GetProperty("expires_in").GetInt32() > 0);
        return body.RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task<HttpResponseMessage> GetWithBearerAsync(GatewayHost gateway, string path, string bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return await gateway.Client.SendAsync(request, Ct);
    }

    private static (string Verifier, string Challenge) NewPkce()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    private static Dictionary<string, string> AuthorizeParameters(string challenge, string method = "S256") => new()
    {
        ["response_type"] = "code",
        ["client_id"] = ClientId,
        ["redirect_uri"] = RedirectUri,
        ["code_challenge"] = challenge,
        ["code_challenge_method"] = method,
        ["state"] = "state-123",
        ["nonce"] = "nonce-456",
    };

    /// <summary>Picks a person on the authorize page and returns the code the redirect carries.</summary>
    private static async Task<string> PickAsync(GatewayHost gateway, string challenge, string email = "grace@school.test", string name = "Grace Hopper")
    {
        var form = AuthorizeParameters(challenge);
        form["email"] = email;
        form["name"] = name;
        using var response = await gateway.Client.PostAsync("dev-issuer/authorize", new FormUrlEncodedContent(form), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri + "?", location.OriginalString, StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("state-123", query["state"].ToString());
        return query["code"].ToString();
    }

    private static Task<HttpResponseMessage> RedeemAsync(GatewayHost gateway, string code, string verifier) =>
        gateway.Client.PostAsync("dev-issuer/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["client_id"] = ClientId,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        }), Ct);

    [Fact]
    public async Task Without_the_setting_there_is_no_development_issuer()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await StartAsync(backend, enabled: false);

        using var discovery = await gateway.Client.GetAsync("dev-issuer/.well-known/openid-configuration", Ct);
        using var tokens = await gateway.Client.PostAsJsonAsync("dev-issuer/tokens", new { email = "ada@school.test", name = "Ada" }, Ct);

        await Problems.AssertProblemAsync(discovery, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(tokens, HttpStatusCode.NotFound);
        Assert.Empty(backend.Forwarded);
    }

    [Fact]
    public async Task The_process_refuses_to_start_with_it_in_Production_naming_the_setting()
    {
        await using var backend = await FakeBackend.StartAsync();

        var error = await Assert.ThrowsAsync<InvalidConfigurationException>(() => StartAsync(backend, environment: "Production"));

        Assert.Contains("'Auth:DevelopmentIssuer:Enabled'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Auth__DevelopmentIssuer__Enabled", error.Message, StringComparison.Ordinal);
        Assert.Contains("Production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discovery_names_the_issuer_its_endpoints_and_a_JWKS_with_the_RSA_key_that_signs_its_tokens()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await StartAsync(backend);
        var issuer = new Uri(gateway.Address, "dev-issuer").ToString();

        using var discovery = JsonDocument.Parse(await gateway.Client.GetStringAsync("dev-issuer/.well-known/openid-configuration", Ct));
        using var jwks = JsonDocument.Parse(await gateway.Client.GetStringAsync("dev-issuer/jwks", Ct));
        var token = new JsonWebToken(await DirectTokenAsync(gateway));

        var document = discovery.RootElement;
        Assert.Equal(issuer, document.GetProperty("issuer").GetString());
        Assert.Equal(issuer + "/authorize", document.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(issuer + "/token", document.GetProperty("token_endpoint").GetString());
        Assert.Equal(issuer + "/jwks", document.GetProperty("jwks_uri").GetString());
        Assert.Equal(["S256"], document.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        var key = Assert.Single(jwks.RootElement.GetProperty("keys").EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.False(key.TryGetProperty("d", out _));
        Assert.Equal(key.GetProperty("kid").GetString(), token.Kid);
        Assert.Equal(issuer, token.Issuer);
        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(token.EncodedToken, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = "spp-platform",
            IssuerSigningKey = new JsonWebKey(key.GetRawText()),
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
    }

    [Fact]
    public async Task A_token_from_the_direct_route_is_accepted_by_the_gateway_and_signs_the_person_in_by_e_mail()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await StartAsync(backend);
        var bearer = await DirectTokenAsync(gateway);

        using var response = await GetWithBearerAsync(gateway, "api/v1/me/next", bearer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var signIn = JsonSerializer.Deserialize<SignInRequest>(Assert.Single(backend.SignIns).Body, JsonSerializerOptions.Web)!;
        Assert.Equal((new Uri(gateway.Address, "dev-issuer").ToString(), "ada@school.test", "Ada Lovelace"), (signIn.Issuer, signIn.Email, signIn.DisplayName));
        var forwarded = await ForwardedToken.ValidateAsync(Assert.Single(backend.Forwarded), gateway.SigningKey);
        Assert.Equal(backend.People[signIn.Subject].PersonId.ToString(), forwarded.FindFirst(PlatformClaims.Subject)?.Value);
    }

    [Fact]
    public async Task The_same_e_mail_is_the_same_subject_every_time()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await StartAsync(backend);

        var first = new JsonWebToken(await DirectTokenAsync(gateway, "Ada@School.test"));
        var second = new JsonWebToken(await DirectTokenAsync(gateway, "ada@school.test"));
        var other = new JsonWebToken(await DirectTokenAsync(gateway, "grace@school.test"));

        Assert.Equal(first.Subject, second.Subject);
        Assert.NotEqual(first.Subject, other.Subject);
    }

    [Theory]
    [InlineData("not-an-email", "Ada", "email")]
    [InlineData("", "Ada", "email")]
    [InlineData("ada@school.test", "", "name")]
    [InlineData("Ada <ada@school.test>", "Ada", "email")]
    public async Task The_direct_route_refuses_a_bad_e_mail_or_name_with_400_per_field(string email, string name, string field)
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await StartAsync(backend);

        using var response = await gateway.Client.PostAsJsonAsync("dev-issuer/tokens", new { email, name }, Ct);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Authorization_code_with_PKCE_yields_tokens_the_gateway_accepts()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await StartAsync(backend);
        var (verifier, challenge) = NewPkce();

        using var page = await gateway.Client.GetAsync(QueryString(AuthorizeParameters(challenge)), Ct);
        var code = await PickAsync(gateway, challenge);
        using var redeemed = await RedeemAsync(gateway, code, verifier);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("name=\"email\"", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        Assert.Equal("no-store", redeemed.Headers.CacheControl?.ToString());
        using var body = JsonDocument.Parse(await redeemed.Content.ReadAsStringAsync(Ct));
        var idToken = new JsonWebToken(body.RootElement.GetProperty("id_token").GetString());
        Assert.Equal([ClientId], idToken.Audiences);
        Assert.Equal("nonce-456", idToken.GetClaim("nonce").Value);
        Assert.Equal("grace@school.test", idToken.GetClaim("email").Value);
        using var response = await GetWithBearerAsync(gateway, "api/v1/me/next", body.RootElement.GetProperty("access_token").GetString()!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_verifier_is_refused_and_spends_the_code()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await StartAsync(backend);
        var (verifier, challenge) = NewPkce();
        var code = await PickAsync(gateway, challenge);

        using var wrong = await RedeemAsync(gateway, code, NewPkce().Verifier);
        using var retried = await RedeemAsync(gateway, code, verifier);

        var problem = await Problems.AssertProblemAsync(wrong, HttpStatusCode.BadRequest);
        Assert.Equal("invalid_grant", problem.GetProperty("error").GetString());
        Assert.Equal("invalid_grant", (await Problems.AssertProblemAsync(retried, HttpStatusCode.BadRequest)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_code_is_redeemed_once_only()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await StartAsync(backend);
        var (verifier, challenge) = NewPkce();
        var code = await PickAsync(gateway, challenge);

        using var first = await RedeemAsync(gateway, code, verifier);
        using var second = await RedeemAsync(gateway, code, verifier);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await Problems.AssertProblemAsync(second, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("code_challenge", "")]
    [InlineData("code_challenge_method", "plain")]
    [InlineData("response_type", "token")]
    [InlineData("redirect_uri", "/relative")]
    public async Task An_authorization_request_without_PKCE_S256_or_with_bad_parameters_is_400(string parameter, string value)
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await StartAsync(backend);
        var parameters = AuthorizeParameters(NewPkce().Challenge);
        parameters[parameter] = value;

        using var response = await gateway.Client.GetAsync(QueryString(parameters), Ct);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.GetRawText());
    }

    [Fact]
    public async Task The_picker_offers_people_recently_signed_in_as()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var gateway = await StartAsync(backend);
        await DirectTokenAsync(gateway, "katherine@school.test", "Katherine <Johnson>");

        var page = await gateway.Client.GetStringAsync(QueryString(AuthorizeParameters(NewPkce().Challenge)), Ct);

        Assert.Contains("katherine@school.test", page, StringComparison.Ordinal);
        Assert.Contains("Katherine &lt;Johnson&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gateway_without_the_development_issuer_refuses_its_tokens_with_401()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var issuing = await StartAsync(backend);
        await using var other = await StartAsync(backend, enabled: false);

        using var response = await GetWithBearerAsync(other, "api/v1/me/next", await DirectTokenAsync(issuing));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Empty(backend.Forwarded);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_refused_with_401()
    {
        await using var backend = await FakeBackend.StartAsync();
        await using var issuing = await StartAsync(backend);
        await using var other = await StartAsync(backend);

        // Another process's development issuer: the same shape of issuer, another key.
        using var response = await GetWithBearerAsync(other, "api/v1/me/next", await DirectTokenAsync(issuing));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Empty(backend.Forwarded);
    }

    private static string QueryString(Dictionary<string, string> parameters) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("dev-issuer/authorize", parameters!);
}
