using Junkan.Core.Citations;
using Junkan.Core.Stocks;
using P = Junkan.Core.Flows.ElementProcesses;

namespace Junkan.Core.Flows;

/// <summary>
/// Builds an element's flow system of Japan top-down (docs/methods/flows.md): demand by use (<see cref="DemandHistory"/>)
/// → fabrication, where a share becomes new scrap and a share leaves inside exported products → in-use stock per use
/// (inflow-driven dynamic stock model, <see cref="DynamicStockEngine"/>) → end of life, split by transfer coefficients
/// into exports of used products and scrap, collection and disposal (dissipative uses go to the environment instead)
/// → recycling with today's yield → recovered metal back to fabrication; primary supply covers the rest of demand.
/// Every year and process balances by construction; <see cref="ElementFlowSystem.MaxRelativeResidual"/> checks it.
/// </summary>
public static class ElementFlowBuilder
{
    /// <summary>The system from the first data year to <paramref name="lastYear"/> under a growth scenario.</summary>
    public static ElementFlowSystem Build(ElementFlowInputs inputs, int lastYear, GrowthScenario scenario = GrowthScenario.Central)
    {
        int first = inputs.FirstDataYear, spin = DemandHistory.SpinUpYears(inputs), start = first - spin;
        if (lastYear < first) throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, $"The system of {inputs.Element} starts in {first}.");
        int span = lastYear - start + 1, years = lastYear - first + 1, uses = inputs.Uses.Count;
        var demand = new double[uses * span];
        for (int u = 0; u < uses; u++)
            DemandHistory.FillUse(inputs, inputs.Uses[u], DemandHistory.Growth(inputs.Uses[u], scenario), start, demand.AsSpan(u * span, span));
        double scrapShare = inputs.NewScrapShare?.Value ?? 0, scrapRecovery = inputs.NewScrapRecovery?.Value ?? 0;
        var inflow = new double[uses * span];
        for (int u = 0; u < uses; u++)
        {
            double keep = (1 - (inputs.Uses[u].Parameters.ProductExportShare?.Value ?? 0)) * (1 - scrapShare);
            for (int i = 0; i < span; i++) inflow[u * span + i] = demand[u * span + i] * keep;
        }
        var batch = new StockBatch(uses, span, [.. inputs.Uses.Select(x => x.Lifetime)]);
        var stock = DynamicStockEngine.InflowDriven(batch, inflow);
        var w = new Writer(inputs, years, spin, span);
        for (int u = 0; u < uses; u++) w.Use(u, demand, stock, scrapShare);
        w.Recycling(scrapShare, scrapRecovery);
        double opening = 0;
        for (int u = 0; u < uses; u++) opening += spin > 0 ? stock.Stock[u * span + spin - 1] : 0;
        var system = new FlowSystem($"{inputs.Element}, Japan", $"Japan (domestic fabrication, use and waste management); t {inputs.Element} per year",
            first, years, P.All, w.Flows, w.Stocks);
        return new ElementFlowSystem(system, inputs, scenario, opening);
    }

    /// <summary>Collects the flows year by year (index 0 = first data year).</summary>
    private sealed class Writer(ElementFlowInputs inputs, int years, int spin, int span)
    {
        public List<Flow> Flows { get; } = [];
        public List<ProcessStock> Stocks { get; } = [];
        private readonly double[] _collected = new double[years], _recoveredEol = new double[years], _losses = new double[years],
            _demand = new double[years], _disposed = new double[years], _dissipated = new double[years];

        public void Use(int u, double[] demand, StockFlows stock, double scrapShare)
        {
            var use = inputs.Uses[u];
            var p = use.Parameters;
            double productExport = p.ProductExportShare?.Value ?? 0;
            var s = Sources(use);
            var (toUse, exported, scrap, outflow, inUse) = (New(), New(), New(), New(), New());
            for (int t = 0; t < years; t++)
            {
                int i = u * span + spin + t;
                double d = demand[i];
                _demand[t] += d;
                scrap[t] = d * scrapShare;
                exported[t] = d * (1 - scrapShare) * productExport;
                toUse[t] = stock.Inflow[i];
                outflow[t] = stock.Outflow[i];
                inUse[t] = stock.Stock[i];
            }
            Flows.Add(new Flow(P.Fabrication, P.Use, FlowKind.ToUse, use.Use, toUse, s));
            Flows.Add(new Flow(P.Fabrication, P.Outside, FlowKind.ProductExport, use.Use, exported, s));
            Flows.Add(new Flow(P.Fabrication, P.Recycling, FlowKind.NewScrap, use.Use, scrap, s));
            Stocks.Add(new ProcessStock(P.Use, use.Use, inUse));
            if (use.Dissipative)
            {
                Flows.Add(new Flow(P.Use, P.Environment, FlowKind.Dissipation, use.Use, outflow, s));
                for (int t = 0; t < years; t++) _dissipated[t] += outflow[t];
                return;
            }
            EndOfLife(use, outflow, s);
        }

        private void EndOfLife(UseProfile use, double[] outflow, IReadOnlyList<SourceId> s)
        {
            var p = use.Parameters;
            var split = new TransferCoefficients(P.EndOfLife, Split(p));
            var (exported, collected, disposed) = (New(), New(), New());
            double yield = FlowRates.Yield(p);
            for (int t = 0; t < years; t++)
            {
                exported[t] = split.Of(outflow[t], P.Outside);
                collected[t] = split.Of(outflow[t], P.Recycling);
                disposed[t] = split.Of(outflow[t], P.Disposal);
                _collected[t] += collected[t];
                _recoveredEol[t] += collected[t] * yield;
                _losses[t] += collected[t] * (1 - yield);
                _disposed[t] += disposed[t];
            }
            Flows.Add(new Flow(P.Use, P.EndOfLife, FlowKind.EndOfLife, use.Use, outflow, s));
            Flows.Add(new Flow(P.EndOfLife, P.Outside, FlowKind.UsedProductExport, use.Use, exported, s));
            Flows.Add(new Flow(P.EndOfLife, P.Recycling, FlowKind.Collected, use.Use, collected, s));
            Flows.Add(new Flow(P.EndOfLife, P.Disposal, FlowKind.Uncollected, use.Use, disposed, s));
        }

        /// <summary>Transfer coefficients of end of life: exported e, collected (1 − e)·c, disposed (1 − e)·(1 − c).</summary>
        private static Dictionary<ProcessId, double> Split(UseParameters p)
        {
            double e = p.ExportShare?.Value ?? 0, c = FlowRates.Collection(p);
            return new() { [P.Outside] = e, [P.Recycling] = (1 - e) * c, [P.Disposal] = Math.Max(0, 1 - e - (1 - e) * c) };
        }

        public void Recycling(double scrapShare, double scrapRecovery)
        {
            var (primaryIn, primary, recoveredEol, recoveredNew, losses, secondaryExport) = (New(), New(), New(), New(), New(), New());
            var (disposal, environment) = (New(), New());
            for (int t = 0; t < years; t++)
            {
                double scrap = _demand[t] * scrapShare, fromScrap = scrap * scrapRecovery;
                losses[t] = _losses[t] + scrap - fromScrap;
                double recovered = _recoveredEol[t] + fromScrap, used = Math.Min(recovered, _demand[t]);
                secondaryExport[t] = recovered - used;
                recoveredNew[t] = Math.Min(fromScrap, used);
                recoveredEol[t] = used - recoveredNew[t];
                primaryIn[t] = primary[t] = _demand[t] - used;
                disposal[t] = (t > 0 ? disposal[t - 1] : 0) + _disposed[t] + losses[t];
                environment[t] = (t > 0 ? environment[t - 1] : 0) + _dissipated[t];
            }
            var all = inputs.Uses.SelectMany(Sources).Distinct().ToArray();
            Flows.Add(new Flow(P.Outside, P.PrimarySupply, FlowKind.PrimaryInput, null, primaryIn, all));
            Flows.Add(new Flow(P.PrimarySupply, P.Fabrication, FlowKind.PrimarySupply, null, primary, all));
            Flows.Add(new Flow(P.Recycling, P.Fabrication, FlowKind.RecoveredEndOfLife, null, recoveredEol, all));
            Flows.Add(new Flow(P.Recycling, P.Fabrication, FlowKind.RecoveredNewScrap, null, recoveredNew, all));
            Flows.Add(new Flow(P.Recycling, P.Outside, FlowKind.SecondaryExport, null, secondaryExport, all));
            Flows.Add(new Flow(P.Recycling, P.Disposal, FlowKind.RecyclingLoss, null, losses, all));
            Stocks.Add(new ProcessStock(P.Disposal, null, disposal));
            Stocks.Add(new ProcessStock(P.Environment, null, environment));
        }

        private double[] New() => new double[years];

        private IReadOnlyList<SourceId> Sources(UseProfile use)
        {
            var p = use.Parameters;
            var ids = new[] { inputs.ReferenceDemand.Tonnes, use.Share, use.LifetimeMean, p.CollectionRate, p.ExportShare, p.RecoveryYield }
                .Where(e => e is not null).Select(e => e!.Provenance.Source);
            return [.. ids.Distinct()];
        }
    }
}
