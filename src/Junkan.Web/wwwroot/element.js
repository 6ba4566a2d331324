// Element page: the radar of the six levels and the price history line.
"use strict";
(() => {
  const d = J.data;
  J.radar(document.getElementById("radar"), [{ name: d.element.symbol, profile: d.element.profile }]);
  const el = document.getElementById("price");
  if (window.echarts && el && d.price) {
    echarts.init(el).setOption({
      tooltip: { trigger: "axis" }, grid: { left: 70, right: 20, top: 30, bottom: 40 },
      xAxis: { type: "category", data: d.price.prices.map(p => p.year) },
      yAxis: { type: "value", name: d.price.unit, scale: true },
      series: [{ type: "line", name: d.price.series, data: d.price.prices.map(p => p.value) }],
    });
  }
})();
