using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>
/// The development issuer under <c>/dev-issuer</c>: discovery, JWKS, the authorization code flow with
/// PKCE (S256) behind a people picker, and <c>POST /dev-issuer/tokens</c> for scripts and curl.
/// </summary>
internal static class DevelopmentIssuerEndpoints
{
    private static readonly string[] ResponseTypes = ["code"];
    private static readonly string[] GrantTypes = ["authorization_code"];
    private static readonly string[] SubjectTypes = ["public"];
    private static readonly string[] SigningAlgorithms = ["RS256"];
    private static readonly string[] ChallengeMethods = [Pkce.Method];
    private static readonly string[] ClientAuthentication = ["none"];
    private static readonly string[] Scopes = ["openid", "email", "profile"];
    private static readonly string[] Claims = ["sub", "email", "name"];

    public static void MapDevelopmentIssuer(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DevelopmentIssuerAddress.PathBase).AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/.well-known/openid-configuration", Discovery);
        group.MapGet("/jwks", (DevelopmentIssuerKey key) => TypedResults.Ok(new { keys = new[] { key.Public } }));
        group.MapGet("/authorize", ShowPicker);
        group.MapPost("/authorize", PickAsync);
        group.MapPost("/token", RedeemAsync);
        group.MapPost("/tokens", IssueDirect);
    }

    private static Ok<Dictionary<string, object>> Discovery(HttpRequest request)
    {
        var issuer = DevelopmentIssuerAddress.IssuerFor(request);
        return TypedResults.Ok(new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = issuer + "/authorize",
            ["token_endpoint"] = issuer + "/token",
            ["jwks_uri"] = issuer + "/jwks",
            ["response_types_supported"] = ResponseTypes,
            ["grant_types_supported"] = GrantTypes,
            ["subject_types_supported"] = SubjectTypes,
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
            ["code_challenge_methods_supported"] = ChallengeMethods,
            ["token_endpoint_auth_methods_supported"] = ClientAuthentication,
            ["scopes_supported"] = Scopes,
            ["claims_supported"] = Claims,
        });
    }

    private static IResult ShowPicker(HttpRequest request, RecentPeople recent)
    {
        var authorization = AuthorizationRequestReader.Read(name => request.Query[name].ToString(), out var errors);
        return authorization is null
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Content(PeoplePickerPage.Render(authorization, recent.Current), "text/html; charset=utf-8");
    }

    // A plain form post, read by hand: the page is the only form and carries no session to protect,
    // since at this issuer anyone may sign in as anyone; the client's state parameter guards the client.
    private static async Task<IResult> PickAsync(HttpRequest request, AuthorizationCodes codes, RecentPeople recent)
    {
        if (!request.HasFormContentType)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the sign-in form (application/x-www-form-urlencoded)."] });
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var authorization = AuthorizationRequestReader.Read(name => form[name].ToString(), out var errors);
        if (authorization is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var email = form["email"].ToString();
        var name = form["name"].ToString();
        if (DevelopmentPerson.TryCreate(email, name, out var personErrors) is not { } person)
        {
            var page = PeoplePickerPage.Render(authorization, recent.Current, personErrors, email, name);
            return TypedResults.Content(page, "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        recent.Remember(person);
        var code = codes.Issue(authorization, person, DevelopmentIssuerAddress.IssuerFor(request));
        var query = QueryString.Create("code", code);
        if (authorization.State is not null)
        {
            query = query.Add("state", authorization.State);
        }

        var separator = authorization.RedirectUri.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return TypedResults.Redirect(authorization.RedirectUri + separator + query.Value![1..]);
    }

    private static async Task<IResult> RedeemAsync(HttpRequest request, AuthorizationCodes codes, DevelopmentTokens tokens)
    {
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        if (!request.HasFormContentType)
        {
            return OAuthError("invalid_request", "Send the token request as application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        if (form["grant_type"] != "authorization_code")
        {
            return OAuthError("unsupported_grant_type", "Only grant_type=authorization_code is offered.");
        }

        // Redeemed (and so spent) before the checks: a code presented with a wrong verifier is gone.
        var issued = codes.Redeem(form["code"].ToString());
        if (issued is null
            || form["client_id"] != issued.Request.ClientId
            || form["redirect_uri"] != issued.Request.RedirectUri
            || !Pkce.Verifies(form["code_verifier"].ToString(), issued.Request.CodeChallenge))
        {
            return OAuthError("invalid_grant", "The code is unknown, used or expired, or the client, redirect_uri or code_verifier does not match it.");
        }

        return TypedResults.Ok(new
        {
            access_token = tokens.AccessToken(issued.Issuer, issued.Person),
            id_token = tokens.IdToken(issued.Issuer, issued.Request.ClientId, issued.Person, issued.Request.Nonce),
            token_type = "Bearer",
            expires_in = (int)tokens.Lifetime.TotalSeconds,
        });
    }

    private static IResult IssueDirect(DirectTokenRequest? body, HttpRequest request, DevelopmentTokens tokens, RecentPeople recent)
    {
        if (DevelopmentPerson.TryCreate(body?.Email, body?.Name, out var errors) is not { } person)
        {
            return TypedResults.ValidationProblem(errors);
        }

        recent.Remember(person);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new
        {
            access_token = tokens.AccessToken(DevelopmentIssuerAddress.IssuerFor(request), person),
            token_type = "Bearer",
            expires_in = (int)tokens.Lifetime.TotalSeconds,
        });
    }

    /// <summary>An OAuth error (RFC 6749 §5.2) as problem+json: <c>error</c> and <c>error_description</c> as members.</summary>
    private static ProblemHttpResult OAuthError(string error, string description) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = description,
            Extensions = { ["error"] = error, ["error_description"] = description },
        });
}

/// <summary>The body of <c>POST /dev-issuer/tokens</c>.</summary>
internal sealed record DirectTokenRequest(string? Email, string? Name);
