// Junkan web: flows page — the totals by year of each system as a line chart (the table below it is the fallback).
"use strict";
(() => {
  const systems = J.data || [];
  for (const s of systems) {
    const el = document.getElementById("totals-" + s.element);
    if (!el || !window.echarts) continue;
    const years = s.totals.map(x => x.year);
    const line = (key, field, axis) => ({ name: J.t(key), type: "line", showSymbol: false, yAxisIndex: axis, data: s.totals.map(x => x[field]) });
    echarts.init(el).setOption({
      tooltip: { trigger: "axis", valueFormatter: v => J.num(v) },
      legend: { bottom: 0 },
      grid: { left: 70, right: 80, top: 30, bottom: 60 },
      xAxis: { type: "category", data: years },
      yAxis: [{ type: "value", name: "t/y", axisLabel: { formatter: v => J.num(v) } }, { type: "value", name: J.t("InUseStockT"), axisLabel: { formatter: v => J.num(v) } }],
      series: [line("DemandT", "demandT", 0), line("EndOfLifeT", "endOfLifeT", 0), line("RecoveredT", "recoveredT", 0), line("InUseStockT", "inUseStockT", 1)],
    });
  }
})();
