using System.Text;

namespace Spp.Improvement.Schools.Imports;

/// <summary>
/// Decides how a register file is decoded: UTF-8 when every byte sequence is valid UTF-8 (with or without a
/// BOM), otherwise Windows-1252, which is what GIAS downloads have historically been. Fed chunk by chunk
/// while the upload streams, so the file is never held in memory.
/// </summary>
public sealed class RegisterFileEncoding
{
    private readonly Decoder utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
    private char[] scratch = [];
    private bool valid = true;

    /// <summary>Windows-1252, from the code pages provider (not in the default set of encodings).</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    /// <summary>Looks at the next chunk of the file.</summary>
    public void Observe(ReadOnlySpan<byte> chunk)
    {
        if (valid)
        {
            try
            {
                // GetChars, not GetCharCount: only decoding carries a sequence cut by a chunk boundary into the next chunk.
                var needed = utf8.GetCharCount(chunk, flush: false);
                if (scratch.Length < needed + 2)
                {
                    scratch = new char[needed + 2];
                }

                utf8.GetChars(chunk, scratch, flush: false);
            }
            catch (DecoderFallbackException)
            {
                valid = false;
            }
        }
    }

    /// <summary>The encoding to read the whole file with, once every chunk was observed.</summary>
    public Encoding Complete()
    {
        if (valid)
        {
            try
            {
                utf8.GetChars([], scratch, flush: true); // a sequence cut off by the end of the file
            }
            catch (DecoderFallbackException)
            {
                valid = false;
            }
        }

        return valid ? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) : Windows1252;
    }
}
