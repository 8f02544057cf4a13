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

    /// <summary>The name from <c>Content-Disposition</c> (<c>filename*</c> first), or null.</summary>
    /// <remarks>
    /// Only from the header: a name in the URL would reach request logs, traces and proxies'
    /// access logs, and it may mention a pupil.
    /// </remarks>
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

        return null;
    }

    /// <summary>What is wrong with a name, or null.</summary>
    public static string? Problem(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Give the file's name in the Content-Disposition header (filename)."
        : name.Length > MaxLength ? $"Use a name of at most {MaxLength} characters."
        : name != name.Trim() ? "Remove spaces at the start and end of the name."
        : name.Any(char.IsControl) ? "Remove control characters from the name."
        : name.IndexOfAny(['/', '\\']) >= 0 || name is "." or ".." ? "Give the file's name without a folder."
        : null;
}
