using System.Text.Json;

namespace Junkan.Web.Store;

/// <summary>One user document (a policy scenario or a weight set) at its current version.</summary>
public sealed record StoredDocument(string Id, string Kind, string Name, JsonElement Body, int Version, DateTimeOffset Created, DateTimeOffset Updated);

/// <summary>One past version: what changed (top-level fields), when and by whom.</summary>
public sealed record DocumentVersion(int Version, IReadOnlyList<string> Changed, DateTimeOffset When, string? Author, JsonElement Body);

/// <summary>A saved selection run: the request, how it ended and the ranking summary.</summary>
public sealed record StoredRun(string Id, JsonElement Request, string Status, JsonElement? Result, string? Error, DateTimeOffset Started, DateTimeOffset Finished);

/// <summary>The outcome of an update with a version check.</summary>
public enum UpdateOutcome { Updated, NotFound, Conflict }

/// <summary>Document kinds.</summary>
public static class DocumentKinds
{
    public const string PolicyScenario = "policy-scenario";
    public const string WeightSet = "weight-set";
}
