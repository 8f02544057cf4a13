namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>Reads and checks the parameters of an authorization request (query of the GET, fields of the POST).</summary>
internal static class AuthorizationRequestReader
{
    public static AuthorizationRequest? Read(Func<string, string?> parameter, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (parameter("response_type") != "code")
        {
            errors["response_type"] = ["Only the authorization code flow is offered: response_type=code."];
        }

        var clientId = parameter("client_id");
        if (string.IsNullOrWhiteSpace(clientId) || clientId.Length > 200)
        {
            errors["client_id"] = ["Give the client's id, at most 200 characters."];
        }

        var redirectUri = parameter("redirect_uri");
        if (!Uri.TryCreate(redirectUri, UriKind.Absolute, out var redirect) || redirect.Scheme is not ("http" or "https") || redirect.Fragment.Length > 0)
        {
            errors["redirect_uri"] = ["Give an absolute http(s) address without a fragment to send the code to."];
        }

        var challenge = parameter("code_challenge");
        if (!Pkce.IsWellFormed(challenge) || challenge!.Length != 43)
        {
            errors["code_challenge"] = ["PKCE is required: give the base64url SHA-256 of the code verifier (43 characters)."];
        }

        if (parameter("code_challenge_method") != Pkce.Method)
        {
            errors["code_challenge_method"] = ["Only S256 is accepted."];
        }

        return errors.Count == 0
            ? new AuthorizationRequest(clientId!, redirectUri!, challenge!, Blank(parameter("state")), Blank(parameter("nonce")))
            : null;
    }

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
