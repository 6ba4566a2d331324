using System.Net;
using Junkan.Core.Inputs;

namespace Junkan.Web;

/// <summary>
/// How <c>junkan serve</c> runs: address and port (default 127.0.0.1:5080), the reference data folder (default the
/// repository's data/reference), the SQLite store file (default junkan-web.db in the working folder) and the API key
/// that write endpoints require (mandatory when the address is not loopback).
/// </summary>
public sealed record ServeOptions
{
    public const int DefaultPort = 5080;
    public const string DefaultStore = "junkan-web.db";

    public string Host { get; init; } = "127.0.0.1";
    public int Port { get; init; } = DefaultPort;
    public string? DataFolder { get; init; }
    public string? RiskSettingsFile { get; init; }
    public string StoreFile { get; init; } = DefaultStore;
    public string? ApiKey { get; init; }

    /// <summary>Largest request body accepted, bytes (1 MiB, the limit of a scenario or settings document).</summary>
    public long MaxBodyBytes { get; init; } = InputLimits.MaxDocumentBytes;

    /// <summary>Whether <paramref name="host"/> is a loopback address or <c>localhost</c>.</summary>
    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Refuses what cannot run: a port outside 0..65535, an unparsable address, a non-loopback address without an API key.</summary>
    public ServeOptions Checked()
    {
        if (Port is < 0 or > 65535) throw new UsageException("--port", $"--port {Port}: write a port in 0..65535 (0 = any free port).");
        if (!IsLoopback(Host) && !IPAddress.TryParse(Host.Trim('[', ']'), out _))
            throw new UsageException("--host", $"--host {Host}: write an IP address (127.0.0.1, ::1, 0.0.0.0) or localhost.");
        if (!IsLoopback(Host) && string.IsNullOrWhiteSpace(ApiKey))
            throw new UsageException("--host", $"--host {Host} is not loopback: set an API key (--api-key or JUNKAN_API_KEY) so that write endpoints are protected.");
        if (ApiKey is { Length: > 0 and < 16 }) throw new UsageException("--api-key", "the API key needs at least 16 characters.");
        if (MaxBodyBytes < 1) throw new UsageException("--max-body", "the body limit must be positive.");
        return this;
    }

    /// <summary>The Kestrel URL.</summary>
    public string Url => $"http://{(Host.Contains(':', StringComparison.Ordinal) && !Host.StartsWith('[') ? $"[{Host}]" : Host)}:{Port}";
}
