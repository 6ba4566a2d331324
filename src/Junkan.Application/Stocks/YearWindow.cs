using Junkan.Core.Inputs;

namespace Junkan.Application.Stocks;

/// <summary>The years to show: --from/--to within the model years (the model itself always runs over all of them).</summary>
public static class YearWindow
{
    public static (int From, int To) Resolve((int? From, int? To) asked, int first, int last)
    {
        int from = asked.From ?? first, to = asked.To ?? last;
        if (from < first) throw new NotInDataException("--from", $"--from {from} is before the first model year {first}.");
        if (to > last) throw new NotInDataException("--to", $"--to {to} is after the last model year {last}: the inflow data end there.");
        if (from > to) throw new UsageException("--from", $"--from {from} is after --to {to}.");
        return (from, to);
    }
}
