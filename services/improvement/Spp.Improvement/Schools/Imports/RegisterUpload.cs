using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Spp.Improvement.Schools.Imports;

/// <summary>Copies an upload to the spool folder as it arrives, deciding its encoding on the way; never holds the file in memory.</summary>
internal static class RegisterUpload
{
    public static async Task<(string? SpoolFile, long Bytes, Encoding? Encoding, ProblemHttpResult? Problem)> SpoolAsync(
        Stream body, Guid importId, SchoolImportOptions settings, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.SpoolPath);
        var path = Path.Combine(settings.SpoolPath, $"{importId:N}-{Guid.NewGuid():N}.csv");
        var encoding = new RegisterFileEncoding();
        var buffer = ArrayPool<byte>.Shared.Rent(81_920);
        long bytes = 0;
        var keep = false;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, useAsync: true))
            {
                int read;
                while ((read = await body.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
                {
                    bytes += read;
                    if (bytes > settings.MaxBytes)
                    {
                        return (null, bytes, null, TooLarge(settings));
                    }

                    encoding.Observe(buffer.AsSpan(0, read));
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }

            if (bytes == 0)
            {
                return (null, 0, null, TypedResults.Problem(
                    statusCode: StatusCodes.Status400BadRequest,
                    title: "The file is empty.",
                    type: "https://spp-platform.org/problems/validation"));
            }

            keep = true;
            return (path, bytes, encoding.Complete(), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, bytes, null, TooLarge(settings));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (!keep)
            {
                File.Delete(path);
            }
        }
    }

    private static ProblemHttpResult TooLarge(SchoolImportOptions settings) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The file is too large.",
        detail: $"Register files of up to {settings.MaxBytes / (1024 * 1024)} MB are accepted.",
        type: "https://spp-platform.org/problems/payload-too-large");
}
