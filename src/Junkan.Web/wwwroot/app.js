// Junkan web: shared helpers (labels, API calls with the optional API key, sortable/filterable tables, radar charts).
"use strict";
const J = (() => {
  const read = id => JSON.parse(document.getElementById(id)?.textContent || "null");
  const labels = read("labels") || {};
  const data = read("page-data");
  const t = k => labels[k] ?? k;
  const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  const num = v => v == null ? "–" : Math.abs(v) >= 1000 ? Math.round(v).toLocaleString("en-US") : Number(v.toPrecision(3)).toString();
  const pct = v => v == null ? "–" : (Math.round(v * 1000) / 10) + " %";
  const level = l => l == null ? [t("Level_None"), "lvl-none"] : [t("Level_" + l), "lvl-" + l.toLowerCase()];
  const levelValue = l => ({ High: 3, Mid: 2, Low: 1 }[l] ?? 0);

  /** Calls the API; writes carry the API key from localStorage (asked for once on a 401). Throws the problem details on an error. */
  async function api(method, url, body) {
    const headers = { "Accept": "application/json" };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const key = localStorage.getItem("junkan-api-key");
    if (key && method !== "GET") headers["X-Api-Key"] = key;
    const r = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (r.status === 401 && method !== "GET") {
      const k = prompt("API key");
      if (k) { localStorage.setItem("junkan-api-key", k); return api(method, url, body); }
    }
    const text = await r.text();
    const json = text ? JSON.parse(text) : null;
    if (!r.ok) { const e = new Error(problemText(json) || r.statusText); e.status = r.status; e.problem = json; throw e; }
    return json;
  }
  const problemText = p => !p ? "" : p.errors ? Object.entries(p.errors).map(([f, m]) => `${f}: ${m.join(" ")}`).join("; ") : (p.title || "");

  /** Sorting by clicking a heading (numbers by data-sort), for every table.sortable. */
  function sortable(table) {
    table.querySelectorAll("thead th").forEach((th, i) => th.querySelector("button")?.addEventListener("click", () => {
      const asc = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("thead th").forEach(h => h.removeAttribute("aria-sort"));
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      const numeric = th.dataset.type === "num";
      const key = tr => { const c = tr.children[i]; return numeric ? parseFloat(c.dataset.sort ?? c.textContent) : c.textContent.trim(); };
      const rows = [...table.tBodies[0].rows].sort((a, b) => { const x = key(a), y = key(b); return (numeric ? x - y : x.localeCompare(y)) * (asc ? 1 : -1); });
      rows.forEach(r => table.tBodies[0].appendChild(r));
    }));
  }

  /** A radar of the six levels of one or more profiles ({name, profile}). */
  function radar(el, series) {
    if (!window.echarts || !el) return null;
    const chart = echarts.getInstanceByDom(el) || echarts.init(el);
    chart.setOption({
      tooltip: {}, legend: { bottom: 0, data: series.map(s => s.name) },
      radar: { indicator: [1, 2, 3, 4, 5, 6].map(n => ({ name: t("Ind" + n), max: 3, min: 0 })), radius: "58%", axisName: { color: "#333", fontSize: 11 } },
      series: [{ type: "radar", data: series.map(s => ({ name: s.name, value: s.profile.indicators.map(i => levelValue(i.level)) })) }],
    }, true);
    return chart;
  }
  return { t, esc, num, pct, level, levelValue, api, sortable, radar, data, problemText };
})();
document.querySelectorAll("table.sortable").forEach(J.sortable);
// The banner of an active user data set: switch back to the bundled data.
document.getElementById("use-bundled")?.addEventListener("click", async () => {
  try { await J.api("DELETE", "/api/data/active"); location.reload(); }
  catch (e) { alert(e.message); }
});
