using Microsoft.Net.Http.Headers;

namespace Spp.Improvement.Attachments;

/// <summary>
/// The name an upload gives its file. It may mention pupils, so problems describe what is wrong
/// with it without ever repeating it.
/// </summary>
public static class AttachmentFileName
{
    /// <summary>Longest name kept.</summary>
    public const int MaxLength = 255;

    /// <summary>The name from <c>Content-Disposition</c> (<c>filename*</c> first), else from the <c>name</c> query parameter.</summary>
    public static string? From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition))
        {
            var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
            if (!string.IsNullOrEmpty(name))
            {
                return name;
            }
        }

        var query = request.Query["name"].ToString();
        return string.IsNullOrEmpty(query) ? null : query;
    }

    /// <summary>What is wrong with a name, or null.</summary>
    public static string? Problem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Give the file's name in Content-Disposition (filename) or the name query parameter."
        : name.Length > MaxLength ? $"Use a name of at most {MaxLength} characters."
        : name != name.Trim() ? "Remove spaces at the start and end of the name."
        : name.Any(char.IsControl) ? "Remove control characters from the name."
        : name.IndexOfAny(['/', '\\']) >= 0 || name is "." or ".." ? "Give the file's name without a folder."
        : null;
}
