using Junkan.Core.Inputs;

namespace Junkan.Core.Structure;

/// <summary>Ratings or a threshold for which the analysis is not defined (e.g. I − N singular); names the input and what to change.</summary>
public sealed class StructureException(string place, string problem) : InputException(place, null, null, problem);
