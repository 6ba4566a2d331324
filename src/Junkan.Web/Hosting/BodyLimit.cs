using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Junkan.Web.Hosting;

/// <summary>
/// Refuses a request body over <see cref="ServeOptions.MaxBodyBytes"/> with 413 problem details: at once when the
/// declared length is over it, else when reading passes it (Kestrel's own limit is set to the larger of it and the
/// upload limit of <c>/api/data</c>).
/// </summary>
internal sealed class BodyLimit(RequestDelegate next, ServeOptions options)
{
    /// <summary>The body limit of <c>/api/data</c> uploads: the file limit plus 64 KiB for the multipart envelope.</summary>
    public const long UploadBytes = Features.Data.UploadChecks.MaxBytes + 64 * 1024;

    public Task InvokeAsync(HttpContext context)
    {
        long limit = context.Request.Path.StartsWithSegments("/api/data") ? UploadBytes : options.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
            return Problems.Field("body", $"The request body is {context.Request.ContentLength:N0} bytes; the limit is {limit:N0} bytes.", StatusCodes.Status413PayloadTooLarge)
                .ExecuteAsync(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } f) f.MaxRequestBodySize = limit;
        context.Request.Body = new LimitedStream(context.Request.Body, limit);
        return next(context);
    }
}

/// <summary>A read-only stream that fails with 413 once more than <c>limit</c> bytes were read.</summary>
internal sealed class LimitedStream(Stream inner, long limit) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Count(int n)
    {
        _read += n;
        return _read > limit ? throw new BadHttpRequestException($"The request body is over the limit of {limit:N0} bytes.", StatusCodes.Status413PayloadTooLarge) : n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
