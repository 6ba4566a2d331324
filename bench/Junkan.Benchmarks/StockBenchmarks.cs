using BenchmarkDotNet.Attributes;
using Junkan.Core.Stocks;
using Junkan.Core.Stocks.Lifetimes;

namespace Junkan.Benchmarks;

/// <summary>
/// The dynamic stock engine at scale: 10,000 series × 200 years, Weibull lifetimes varying by series, stock and
/// outflow only (targets: inflow-driven under 0.5 s, stock-driven under 1 s, memory ∝ series × years); plus one
/// 200-year series (ODYM needs about 10 ms for it) and a batch with cohort-varying lifetimes. Inflow-driven runs
/// without a policy take the convolution kernel; the same run through the hazard form (the kernel before it, forced by
/// a policy whose factors are all 1) is measured beside it, and a 20-year-deep pass (the FMA-limit yardstick) too.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[ShortRunJob]
public class StockBenchmarks
{
    private const int Series = 10_000, Years = 200;
    private StockBatch batch = null!, byCohort = null!;
    private double[] inflow = null!, stock = null!, cohortInflow = null!;
    private StockFlows reused = null!;
    private StockModelOptions hazardForm = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2026);
        var lifetimes = new LifetimeDistribution[Series];
        for (int s = 0; s < Series; s++) lifetimes[s] = LifetimeDistribution.Weibull(1.2 + 3 * random.NextDouble(), 5 + 25 * random.NextDouble());
        batch = new StockBatch(Series, Years, lifetimes);
        inflow = new double[Series * Years];
        for (int i = 0; i < inflow.Length; i++) inflow[i] = 100 + 900 * random.NextDouble();
        stock = DynamicStockEngine.InflowDriven(batch, inflow).Stock;
        reused = new StockFlows(Series, Years, Years, cohortDetail: false);
        hazardForm = new StockModelOptions { Policy = new LifetimePolicy(Enumerable.Repeat(1.0, Years).ToArray(), null) };

        const int cohortSeries = 100;
        var perCohort = new LifetimeDistribution[cohortSeries * Years];
        for (int i = 0; i < perCohort.Length; i++) perCohort[i] = LifetimeDistribution.Weibull(2, 10 + i % Years * 0.05);
        byCohort = new StockBatch(cohortSeries, Years, perCohort, byCohort: true);
        cohortInflow = inflow.AsSpan(0, cohortSeries * Years).ToArray();
    }

    [Benchmark(Description = "inflow-driven 10,000 × 200")]
    public double InflowDriven() => DynamicStockEngine.InflowDriven(batch, inflow).Stock[^1];

    [Benchmark(Description = "inflow-driven 10,000 × 200, outputs reused")]
    public double InflowDrivenReused()
    {
        DynamicStockEngine.InflowDriven(batch, inflow, StockModelOptions.Default, reused);
        return reused.Stock[^1];
    }

    [Benchmark(Description = "inflow-driven 10,000 × 200, hazard form (identity policy), outputs reused")]
    public double InflowDrivenHazardForm()
    {
        DynamicStockEngine.InflowDriven(batch, inflow, hazardForm, reused);
        return reused.Stock[^1];
    }

    [Benchmark(Description = "stock-driven 10,000 × 200")]
    public double StockDriven() => DynamicStockEngine.StockDriven(batch, stock).Inflow[^1];

    [Benchmark(Description = "one series × 200 (single-series API)")]
    public double OneSeries() => DynamicStockModel.InflowDriven(inflow.AsSpan(0, Years), LifetimeDistribution.Weibull(2, 12)).Stock[^1];

    [Benchmark(Description = "100 series × 200, lifetimes by cohort")]
    public double LifetimesByCohort() => DynamicStockEngine.InflowDriven(byCohort, cohortInflow).Stock[^1];
}
