namespace Junkan.Reports.Model;

/// <summary>An input file of a run: path as given (relative to the working folder where possible), SHA-256 and size.</summary>
public sealed record InputFileHash(string Path, string Sha256, long Bytes);

/// <summary>What produced a report: code version, time, command line, settings file and the hashes of every input file.</summary>
public sealed record RunManifest(string CodeVersion, DateTimeOffset GeneratedAt, string Command, string SettingsFile, IReadOnlyList<InputFileHash> Inputs);
