using System.Globalization;

namespace Junkan.Core.Flows;

/// <summary>
/// How a process splits what enters it among its outputs: shares in 0..1 that sum to 1 within
/// <see cref="Tolerance"/> (STAN's transfer coefficients). Checked when constructed.
/// </summary>
public sealed class TransferCoefficients
{
    public const double Tolerance = 1e-9;

    public TransferCoefficients(ProcessId process, IReadOnlyDictionary<ProcessId, double> shares)
    {
        Process = process;
        double sum = 0;
        foreach (var (to, share) in shares)
        {
            if (!double.IsFinite(share) || share < 0 || share > 1)
                throw new FlowSystemException($"process {process}", null, to.Value, string.Create(CultureInfo.InvariantCulture, $"transfer coefficient to '{to}' is {share}; write a share in 0..1"));
            sum += share;
        }
        if (Math.Abs(sum - 1) > Tolerance)
            throw new FlowSystemException($"process {process}", null, null, string.Create(CultureInfo.InvariantCulture, $"transfer coefficients sum to {sum:0.######}, not 1 ({string.Join(", ", shares.Select(s => $"{s.Key} {s.Value:0.####}"))})"));
        Shares = shares;
    }

    public ProcessId Process { get; }
    public IReadOnlyDictionary<ProcessId, double> Shares { get; }

    /// <summary>The flow to <paramref name="to"/> of an input <paramref name="input"/> (t/y): input × share (0 for an output not listed).</summary>
    public double Of(double input, ProcessId to) => Shares.TryGetValue(to, out double s) ? input * s : 0;
}
