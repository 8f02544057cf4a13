using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Spp.Gateway.DevelopmentIssuer;

/// <summary>The development issuer's sign-in page: pick someone recently used, or type an e-mail and a name.</summary>
internal static class PeoplePickerPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(AuthorizationRequest request, IReadOnlyList<DevelopmentPerson> recent, IReadOnlyDictionary<string, string[]>? errors = null, string? email = null, string? name = null)
    {
        var page = new StringBuilder();
        page.Append("""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Sign in (development)</title>
            <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}
            label{display:block;margin-top:.75rem}input{width:100%;padding:.4rem;box-sizing:border-box}
            button{margin-top:.75rem;padding:.4rem .8rem}.error{color:#b00020}.person{display:block;width:100%;text-align:left}</style>
            </head>
            <body>
            <h1>Sign in (development issuer)</h1>
            <p>Anyone can sign in as anyone here. This page exists only where the development issuer is enabled.</p>
            """);
        if (recent.Count > 0)
        {
            page.Append("<h2>Recently used</h2>");
            foreach (var person in recent)
            {
                page.Append("<form method=\"post\">");
                AppendRequest(page, request);
                page.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"email\" value=\"{Html.Encode(person.Email)}\"><input type=\"hidden\" name=\"name\" value=\"{Html.Encode(person.Name)}\">");
                page.Append(CultureInfo.InvariantCulture, $"<button class=\"person\" type=\"submit\">{Html.Encode(person.Name)} &lt;{Html.Encode(person.Email)}&gt;</button></form>");
            }
        }

        page.Append("<h2>Someone else</h2><form method=\"post\">");
        AppendRequest(page, request);
        page.Append(CultureInfo.InvariantCulture, $"<label for=\"email\">E-mail</label><input id=\"email\" name=\"email\" type=\"email\" required autocomplete=\"email\" value=\"{Html.Encode(email ?? string.Empty)}\">");
        AppendError(page, errors, "email");
        page.Append(CultureInfo.InvariantCulture, $"<label for=\"name\">Name</label><input id=\"name\" name=\"name\" required autocomplete=\"name\" value=\"{Html.Encode(name ?? string.Empty)}\">");
        AppendError(page, errors, "name");
        page.Append("<button type=\"submit\">Sign in</button></form></body></html>");
        return page.ToString();
    }

    private static void AppendRequest(StringBuilder page, AuthorizationRequest request)
    {
        Hidden(page, "response_type", "code");
        Hidden(page, "client_id", request.ClientId);
        Hidden(page, "redirect_uri", request.RedirectUri);
        Hidden(page, "code_challenge", request.CodeChallenge);
        Hidden(page, "code_challenge_method", Pkce.Method);
        Hidden(page, "state", request.State);
        Hidden(page, "nonce", request.Nonce);
    }

    private static void Hidden(StringBuilder page, string name, string? value)
    {
        if (value is not null)
        {
            page.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{name}\" value=\"{Html.Encode(value)}\">");
        }
    }

    private static void AppendError(StringBuilder page, IReadOnlyDictionary<string, string[]>? errors, string field)
    {
        if (errors is not null && errors.TryGetValue(field, out var messages))
        {
            page.Append(CultureInfo.InvariantCulture, $"<p class=\"error\" role=\"alert\">{Html.Encode(string.Join(" ", messages))}</p>");
        }
    }
}
