// Junkan web: networks page — sites by longitude and latitude (no map tiles) with the plan's flows as lines; the tables are the fallback.
"use strict";
(() => {
  const p = J.data, el = document.getElementById("network-chart");
  if (!p || !el || !window.echarts) return;
  const ja = document.documentElement.lang === "ja";
  const at = Object.fromEntries(p.sites.map(s => [s.id, s]));
  const name = s => ja ? s.nameJa : s.nameEn;
  const point = s => ({ name: name(s), value: [s.lon, s.lat, s.inputT], site: s });
  const group = (key, pick, style) => ({ name: J.t(key), type: "scatter", data: p.sites.filter(pick).map(point), ...style });
  const maxT = Math.max(1, ...p.shipments.map(a => a.tonnes), ...p.collection.map(a => a.tonnes));
  const lines = (key, arcs, color) => ({
    name: J.t(key), type: "lines", coordinateSystem: "cartesian2d", polyline: false, z: 1,
    data: arcs.filter(a => at[a.from] && at[a.to]).map(a => ({ coords: [[at[a.from].lon, at[a.from].lat], [at[a.to].lon, at[a.to].lat]], value: a.tonnes, arc: a,
      lineStyle: { width: 0.6 + 5 * a.tonnes / maxT } })),
    lineStyle: { color, opacity: 0.55 },
  });
  // Axis ranges around every site (whole degrees) and a plot area whose shape keeps a degree of longitude cos(latitude) of a degree of latitude.
  const lons = p.sites.map(s => s.lon), lats = p.sites.map(s => s.lat);
  const box = { lon: [Math.floor(Math.min(...lons)) - 1, Math.ceil(Math.max(...lons)) + 1], lat: [Math.floor(Math.min(...lats)) - 1, Math.ceil(Math.max(...lats)) + 1] };
  const ratio = (box.lon[1] - box.lon[0]) * Math.cos((box.lat[0] + box.lat[1]) / 360 * Math.PI) / (box.lat[1] - box.lat[0]);
  const h = el.clientHeight - 130, w = Math.min(el.clientWidth - 100, h * ratio);
  const grid = { top: 20, height: h * Math.min(1, w / (h * ratio)), width: w, left: Math.max(60, (el.clientWidth - w) / 2) };
  echarts.init(el).setOption({
    tooltip: { formatter: x => x.data.site ? `${J.esc(x.name)}<br>${x.data.site.kind}${x.data.site.size ? " · " + J.esc(x.data.site.size) : ""}${x.data.site.inputT != null ? "<br>" + J.num(x.data.site.inputT) + " t/y" : ""}`
      : x.data.arc ? `${J.esc(name(at[x.data.arc.from]))} → ${J.esc(name(at[x.data.arc.to]))}<br>${J.esc(x.data.arc.stream)} · ${J.esc(x.data.arc.mode)} · ${J.num(x.data.arc.tonnes)} t/y` : "" },
    legend: { bottom: 0 },
    grid,
    xAxis: { type: "value", name: J.t("Longitude"), nameLocation: "middle", nameGap: 28, min: box.lon[0], max: box.lon[1] },
    yAxis: { type: "value", name: J.t("Latitude"), nameLocation: "middle", nameGap: 36, min: box.lat[0], max: box.lat[1] },
    series: [
      lines("CollectionFlows", p.collection, "#7aa6c2"), lines("Shipments", p.shipments, "#c0392b"),
      group("Site_source", s => s.kind === "source", { symbolSize: 5, itemStyle: { color: "#888" } }),
      group("HubsClosed", s => s.kind === "hub" && !s.opened, { symbolSize: 9, itemStyle: { color: "#fff", borderColor: "#2c7fb8", borderWidth: 1.5 } }),
      group("HubsOpened", s => s.kind === "hub" && s.opened, { symbolSize: 13, itemStyle: { color: "#2c7fb8" } }),
      group("PlantsClosed", s => s.kind === "plant" && !s.opened, { symbol: "rect", symbolSize: 10, itemStyle: { color: "#fff", borderColor: "#c0392b", borderWidth: 1.5 } }),
      group("PlantsOpened", s => s.kind === "plant" && s.opened, { symbol: "rect", symbolSize: 15, itemStyle: { color: "#c0392b" } }),
    ],
  });
})();

// The cost–CO2 front: net CO2e (t/y) against cost (million JPY/y), cheapest plan to lowest-CO2 plan; the table is the fallback.
(() => {
  const p = J.data, el = document.getElementById("pareto-chart");
  if (!p || !el || !window.echarts || !p.pareto || p.pareto.length === 0) return;
  const points = p.pareto.filter(x => x.costJpy != null && x.co2T != null).map(x => ({ value: [x.co2T, x.costJpy / 1e6], point: x }));
  echarts.init(el).setOption({
    animation: false,
    tooltip: { formatter: x => `${J.t("ParetoCo2")}: ${J.num(x.data.value[0])}<br>${J.t("ParetoCost")}: ${J.num(x.data.value[1])}` },
    grid: { left: 90, right: 30, top: 20, bottom: 60 },
    xAxis: { type: "value", name: J.t("ParetoCo2"), nameLocation: "middle", nameGap: 32, scale: true },
    yAxis: { type: "value", name: J.t("ParetoCost"), nameLocation: "middle", nameGap: 70, scale: true },
    series: [{ type: "line", data: points, symbolSize: 10, itemStyle: { color: "#2c7fb8" }, lineStyle: { color: "#2c7fb8" } }],
  });
})();
