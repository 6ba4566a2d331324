using System.Numerics.Tensors;

namespace Junkan.Core.Stocks;

/// <summary>
/// One worker's kernel: runs series after series in its own O(cohorts) buffers. Cohort j (0 ≤ j &lt; A₀ + T) is
/// historic for j &lt; A₀ and otherwise entered in model year j − A₀; its age at the end of year t is t + A₀ − j.
/// Trusts its inputs (checked by <see cref="DynamicStockEngine"/> and <see cref="StockBatch"/>).
/// </summary>
internal sealed class SeriesKernel
{
    private readonly CohortPlan _plan;
    private readonly double[] _cohorts, _leaving, _hazard, _hazardByAgeReversed, _sf, _scratch;
    private readonly double[]? _hazardByCohort;   // cohorts × ages, only when lifetimes vary by cohort

    public SeriesKernel(CohortPlan plan)
    {
        _plan = plan;
        int c = plan.Batch.Cohorts;
        (_cohorts, _leaving, _hazard, _hazardByAgeReversed, _sf, _scratch) = (new double[c], new double[c], new double[c], new double[c], new double[c], new double[c]);
        if (plan.Batch.LifetimesByCohort) _hazardByCohort = new double[(long)c * c];
    }

    public void Run(int series, Drivers drivers, StockFlows into)
    {
        var batch = _plan.Batch;
        int years = batch.Years, a0 = batch.InitialAges, cohortCount = batch.Cohorts;
        PrepareHazards(series);
        var cohorts = _cohorts.AsSpan(0, cohortCount);
        cohorts.Clear();
        double previousStock = 0;
        if (batch.InitialStock is { } initial)
            for (int a = 0; a < a0; a++)
            {
                cohorts[a0 - 1 - a] = initial[series * a0 + a];
                previousStock += initial[series * a0 + a];
            }

        int row = series * years;
        for (int t = 0; t < years; t++)
        {
            int n = a0 + t;                                   // cohorts already in use; the new one is n
            var existing = cohorts[..n];
            var leaving = _leaving.AsSpan(0, n);
            var hazard = ExistingHazards(t, n);
            TensorPrimitives.Multiply(existing, hazard, leaving);
            TensorPrimitives.Subtract(existing, leaving, existing);
            double outflow = TensorPrimitives.Sum(leaving);
            double remaining = TensorPrimitives.Sum(existing);
            double h0 = NewCohortHazard(t, n);

            double inflow;
            if (t < drivers.SwitchYear) inflow = drivers.Inflow![row + t];
            else
            {
                double target = drivers.Stock![row + t], keep = 1 - h0;
                if (keep <= 0)
                    throw new StockModelException($"Series {series}, year index {t}: every unit leaves in its inflow year (survival 0 at age 0), so no inflow can build a stock of {target}.");
                inflow = (target - remaining) / keep;
                if (inflow < 0)
                {
                    into.NegativeInflow[row + t] = true;
                    if (_plan.Options.NegativeInflow == NegativeInflowPolicy.Correct)
                    {
                        outflow += RetireEarly(existing, leaving, remaining, target);
                        remaining = target;
                        inflow = 0;
                    }
                }
            }
            cohorts[n] = inflow * (1 - h0);
            outflow += inflow * h0;
            double stock = remaining + cohorts[n];
            into.Inflow[row + t] = inflow;
            into.Stock[row + t] = stock;
            into.Outflow[row + t] = outflow;
            into.StockChange[row + t] = stock - previousStock;
            previousStock = stock;
            if (into.CohortStock is not null) RecordCohorts(row + t, n, inflow * h0, into);
        }
    }

    /// <summary>Takes stock − target out of the existing cohorts in proportion to their stock; returns the extra outflow.</summary>
    private static double RetireEarly(Span<double> existing, Span<double> leaving, double remaining, double target)
    {
        double keep = target / remaining;                     // remaining > target >= 0 here
        for (int j = 0; j < existing.Length; j++)
        {
            double extra = existing[j] * (1 - keep);
            leaving[j] += extra;
            existing[j] -= extra;
        }
        return remaining - target;
    }

    /// <summary>h′(t, j) for the cohorts j &lt; n in use at the start of year t: by age, times period and cohort factors, capped at 1.</summary>
    private ReadOnlySpan<double> ExistingHazards(int t, int n)
    {
        var batch = _plan.Batch;
        Span<double> h;
        if (_hazardByCohort is null)
        {
            // _hazardByAgeReversed[m] = h(Cohorts − 1 − m): cohort j of age t + A₀ − j sits at m = T − 1 − t + j.
            var slice = _hazardByAgeReversed.AsSpan(batch.Years - 1 - t, n);
            if (_plan.PeriodFactors is null && _plan.CohortFactors is null) return slice;
            h = _scratch.AsSpan(0, n);
            slice.CopyTo(h);
        }
        else
        {
            h = _scratch.AsSpan(0, n);
            int c = batch.Cohorts, a0 = batch.InitialAges;
            for (int j = 0; j < n; j++) h[j] = _hazardByCohort[(long)j * c + (t + a0 - j)];
        }
        if (_plan.PeriodFactors is { } p) TensorPrimitives.Multiply(h, p[t], h);
        if (_plan.CohortFactors is { } cf) TensorPrimitives.Multiply(h, cf.AsSpan(0, n), h);
        if (_plan.CapHazards) TensorPrimitives.Min(h, 1.0, h);
        return h;
    }

    /// <summary>h′(t, n) of the cohort entering in year t (age 0).</summary>
    private double NewCohortHazard(int t, int n)
    {
        double h = _hazardByCohort is null ? _hazard[0] : _hazardByCohort[(long)n * _plan.Batch.Cohorts];
        if (_plan.PeriodFactors is { } p) h *= p[t];
        if (_plan.CohortFactors is { } cf) h *= cf[n];
        return Math.Min(h, 1.0);
    }

    private void PrepareHazards(int series)
    {
        var batch = _plan.Batch;
        int c = batch.Cohorts;
        var convention = _plan.Options.Convention;
        if (_hazardByCohort is null)
        {
            SurvivalCurve.Fill(batch.Lifetimes[series], convention, _sf.AsSpan(0, c), _scratch);
            SurvivalCurve.Hazards(_sf.AsSpan(0, c), _hazard.AsSpan(0, c));
            _hazard.AsSpan(0, c).CopyTo(_hazardByAgeReversed);
            _hazardByAgeReversed.AsSpan(0, c).Reverse();
            return;
        }
        for (int j = 0; j < c; j++)
        {
            int ages = c - j;                                 // cohort j reaches age c − 1 − j in the last model year
            var sf = _sf.AsSpan(0, ages);
            SurvivalCurve.Fill(batch.Lifetimes[series * c + j], convention, sf, _scratch);
            SurvivalCurve.Hazards(sf, _hazardByCohort.AsSpan((int)((long)j * c), ages));
        }
    }

    private void RecordCohorts(int rowYear, int n, double newCohortOutflow, StockFlows into)
    {
        int c = _plan.Batch.Cohorts;
        long at = (long)rowYear * c;
        _cohorts.AsSpan(0, n + 1).CopyTo(into.CohortStock.AsSpan((int)at, n + 1));
        var outflows = into.CohortOutflow.AsSpan((int)at, n + 1);
        _leaving.AsSpan(0, n).CopyTo(outflows);
        outflows[n] = newCohortOutflow;
    }
}
