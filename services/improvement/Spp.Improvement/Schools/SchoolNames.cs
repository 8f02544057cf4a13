using System.Globalization;
using System.Text;

namespace Spp.Improvement.Schools;

/// <summary>How school names are compared in search: case and accents do not matter ("École" finds "ecole").</summary>
public static class SchoolNames
{
    /// <summary>The folded form of a name or a search prefix.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
