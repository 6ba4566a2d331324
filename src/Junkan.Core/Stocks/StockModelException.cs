using Junkan.Core.Inputs;

namespace Junkan.Core.Stocks;

/// <summary>A stock model that has no valid solution for its inputs (e.g. a stock that no inflow can reach); names the series and year.</summary>
public sealed class StockModelException(string message) : InputException("", null, null, message);
