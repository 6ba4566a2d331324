using Junkan.Core.Inputs;

namespace Junkan.Reports.Output;

/// <summary>
/// The report folder cannot take the report: it is a file, not writable, full, or held by another report run.
/// An input error naming the folder (front ends report it as bad input); the earlier report in it is unchanged.
/// </summary>
public sealed class ReportFolderException(string folder, string problem) : InputException(folder, null, null, problem);
