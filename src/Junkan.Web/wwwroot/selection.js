// Selection: weights and the missing-data rule, a background Monte Carlo rerun with progress and cancel, and the comparison with a saved run.
"use strict";
(() => {
  const t = J.t, esc = J.esc;
  const form = document.getElementById("selection-form"), bar = document.getElementById("progress"), status = document.getElementById("run-status");
  const cancel = document.getElementById("cancel"), runBtn = document.getElementById("run"), savedSel = document.getElementById("saved-runs");
  let runId = null, last = null;

  const choice = () => ({
    weights: Object.fromEntries([...form.querySelectorAll("[data-criterion]")].map(i => [i.dataset.criterion, Number(i.value)])),
    missing: document.getElementById("missing").value,
  });
  async function run(e) {
    e.preventDefault();
    try {
      const s = await J.api("POST", "/api/selection/runs", { ...choice(), draws: Number(document.getElementById("draws").value), seed: Number(document.getElementById("seed").value) });
      runId = s.id; cancel.disabled = false; runBtn.disabled = true; poll();
    } catch (err) { status.className = "error"; status.textContent = err.message; }
  }
  async function poll() {
    const s = await J.api("GET", `/api/selection/runs/${runId}`);
    bar.value = s.total > 0 ? Math.round(100 * s.done / s.total) : (s.status === "completed" ? 100 : 0);
    status.className = s.status === "failed" ? "error" : ""; status.textContent = `${s.status}${s.error ? ": " + s.error : ""}`;
    if (s.status === "queued" || s.status === "running") { setTimeout(poll, 200); return; }
    cancel.disabled = true; runBtn.disabled = false;
    if (s.result) { last = s.result; render(); }
    refreshSaved();
  }
  async function render() {
    if (!last) return;
    let saved = null;
    if (savedSel.value) saved = (await J.api("GET", `/api/selection/runs/${savedSel.value}`)).result;
    const other = el => saved?.elements.find(x => x.element === el);
    document.getElementById("selection-result").innerHTML = `<table id="selection-table" class="data"><thead><tr><th scope="col">${esc(t("Rank"))}</th><th scope="col">${esc(t("Element"))}</th>` +
      `<th scope="col">${esc(t("Probability"))}</th><th scope="col">${esc(t("Score"))}</th><th scope="col">${esc(t("Selected"))}</th>` +
      (saved ? `<th scope="col">${esc(t("SavedRun"))}: ${esc(t("Rank"))}</th><th scope="col">${esc(t("SavedRun"))}: ${esc(t("Probability"))}</th>` : "") + `</tr></thead><tbody>` +
      last.elements.map(e => `<tr><td>${e.rank}</td><th scope="row">${esc(e.element)}</th><td>${J.pct(e.probability)}</td><td>${J.num(e.score)} (${J.num(e.p5)}–${J.num(e.p95)})</td><td>${esc(e.selected ? t("Yes") : t("No"))}</td>` +
        (saved ? `<td>${other(e.element)?.rank ?? "–"}</td><td>${J.pct(other(e.element)?.probability)}</td>` : "") + `</tr>`).join("") + `</tbody></table>`;
  }
  async function refreshSaved() {
    const runs = await J.api("GET", "/api/selection/runs");
    const keep = savedSel.value;
    savedSel.innerHTML = `<option value="">–</option>` + runs.filter(r => r.status === "completed").map(r => `<option value="${esc(r.id)}">${esc(r.finished.slice(0, 19).replace("T", " "))} · ${r.request.draws}</option>`).join("");
    savedSel.value = keep;
  }
  async function saveWeights() {
    const name = prompt(t("WeightSet"), "Web weights");
    if (!name) return;
    try { const d = await J.api("POST", "/api/selection/weight-sets", { name, ...choice() }); status.textContent = `${t("Saved")}: ${d.name}`; }
    catch (err) { status.className = "error"; status.textContent = err.message; }
  }
  form.addEventListener("submit", run);
  cancel.addEventListener("click", () => J.api("DELETE", `/api/selection/runs/${runId}`).catch(err => { status.textContent = err.message; }));
  savedSel.addEventListener("change", render);
  document.getElementById("save-weights").addEventListener("click", saveWeights);
  J.api("GET", "/api/selection/ranking").then(r => { last = r; render(); });
  refreshSaved();
})();
