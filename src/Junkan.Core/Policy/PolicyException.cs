using Junkan.Core.Inputs;

namespace Junkan.Core.Policy;

/// <summary>A scenario that cannot be applied to the data (e.g. volumes added where only shares are known).</summary>
public sealed class PolicyException(string message) : InputException("", null, null, message);
