namespace Junkan.Web.Tests;

/// <summary>One in-process host for a class of tests that only read (its own SQLite file stays empty).</summary>
public sealed class ReadOnlyHost : IDisposable
{
    public WebHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
