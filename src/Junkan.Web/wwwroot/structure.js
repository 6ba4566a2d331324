// Junkan web: structure page — upload a structure file or edit the ratings, recompute (POST /api/structure), show the server's table and diagrams.
"use strict";
(() => {
  const form = document.getElementById("structure-upload"), status = document.getElementById("structure-status");
  const results = document.getElementById("structure-results"), editor = document.getElementById("structure-editor");
  if (!form || !results || !editor) return;
  const show = dto => {
    results.innerHTML = dto.resultsHtml;
    editor.innerHTML = dto.editorHtml;
    results.querySelectorAll("table.sortable").forEach(J.sortable);
    status.className = "ok";
    status.textContent = J.t("StructureDone");
  };
  const fail = e => { status.className = "error"; status.setAttribute("role", "alert"); status.textContent = e.message || String(e); };
  const threshold = () => document.getElementById("structure-threshold").value.trim() || null;
  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    status.className = ""; status.textContent = J.t("StructureComputing");
    const headers = { "Accept": "application/json" };
    const key = localStorage.getItem("junkan-api-key");
    if (key) headers["X-Api-Key"] = key;
    try {
      const r = await fetch("/api/structure", { method: "POST", headers, body: new FormData(form) });
      const j = await r.json();
      if (!r.ok) throw new Error(J.problemText(j) || String(r.status));
      show(j);
    } catch (e) { fail(e); }
  });
  document.getElementById("structure-recompute").addEventListener("click", async () => {
    const rows = [...editor.querySelectorAll("tbody tr")];
    const n = rows.length;
    const factors = rows.map(tr => ({ id: tr.dataset.id, labelJa: tr.dataset.labelJa, labelEn: tr.dataset.labelEn, category: tr.dataset.category }));
    const m = Array.from({ length: n }, () => Array(n).fill(0));
    editor.querySelectorAll("input[data-i]").forEach(inp => { m[+inp.dataset.i][+inp.dataset.j] = inp.value === "" ? NaN : Number(inp.value); });
    status.className = ""; status.textContent = J.t("StructureComputing");
    try { show(await J.api("POST", "/api/structure", { factors, experts: [m.map(r => r.map(v => Number.isFinite(v) ? v : -1))], threshold: threshold() })); }
    catch (e) { fail(e); }
  });
})();
