using System.Net.Http.Headers;

namespace Spp.Improvement.Tests.Attachments.Support;

/// <summary>Small files of each kind, with the bytes their type starts with.</summary>
internal static class Files
{
    public const string PdfType = "application/pdf";

    /// <summary>A PDF-looking file of <paramref name="length"/> bytes with varied content (so chunk order matters).</summary>
    public static byte[] Pdf(int length = 2_000)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(i * 31 % 251);
        }

        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    /// <summary>Body content with a declared type and, unless null, a file name in Content-Disposition.</summary>
    public static ByteArrayContent Content(byte[] bytes, string contentType, string? fileName = "evidence.pdf")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (fileName is not null)
        {
            content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName };
        }

        return content;
    }

    /// <summary>A stream of <paramref name="length"/> bytes that starts like a PDF and reports no length (a chunked upload).</summary>
    public static StreamContent Streamed(long length, string fileName = "big.pdf")
    {
        var content = new StreamContent(new PatternStream(length));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(PdfType);
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName };
        return content;
    }

    /// <summary>Generates bytes on demand, so a test can send more than it could hold.</summary>
    private sealed class PatternStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                var at = _position + i;
                buffer[offset + i] = at < 5 ? "%PDF-"u8[(int)at] : (byte)(at % 251);
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
