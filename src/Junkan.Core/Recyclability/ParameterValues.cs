namespace Junkan.Core.Recyclability;

/// <summary>
/// How an <see cref="Estimate"/> becomes a number in one evaluation: its central value, or a Monte Carlo draw.
/// </summary>
public interface IParameterValues
{
    double Of(Estimate estimate);
}

/// <summary>Every estimate at its central value.</summary>
public sealed class CentralValues : IParameterValues
{
    public static CentralValues Instance { get; } = new();
    public double Of(Estimate estimate) => estimate.Value;
}
