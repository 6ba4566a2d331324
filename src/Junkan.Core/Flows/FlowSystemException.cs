using Junkan.Core.Inputs;

namespace Junkan.Core.Flows;

/// <summary>
/// A flow system that cannot exist as given: a flow from or into an undefined process, a flow or stock of the wrong
/// length, a negative or non-finite value, transfer coefficients that do not sum to 1. Names the system (and, where
/// the definition came from a file, the file, row and column).
/// </summary>
public sealed class FlowSystemException(string place, int? row, string? column, string problem) : InputException(place, row, column, problem);
