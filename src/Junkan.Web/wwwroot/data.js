// Data page: validate an upload (nothing stored), then store it as a versioned data set; errors show file, row and column.
"use strict";
(() => {
  const { t, esc } = J;
  const form = document.getElementById("upload-form");
  const status = document.getElementById("upload-status");
  const out = document.getElementById("validation-result");
  const store = document.getElementById("store-upload");

  async function send(url) {
    const headers = { "Accept": "application/json" };
    const key = localStorage.getItem("junkan-api-key");
    if (key) headers["X-Api-Key"] = key;
    const r = await fetch(url, { method: "POST", headers, body: new FormData(form) });
    return { status: r.status, json: await r.json().catch(() => null) };
  }

  function errors(list) {
    const rows = list.map(e => `<tr><td>${esc(e.file)}</td><td>${esc(e.row ?? "–")}</td><td>${esc(e.column ?? "–")}</td><td>${esc(e.message)}</td></tr>`).join("");
    return `<p class="error">${esc(t("UploadInvalid"))}</p><table id="upload-errors"><thead><tr><th scope="col">${esc(t("UploadFile"))}</th><th scope="col">${esc(t("Row"))}</th><th scope="col">${esc(t("Column"))}</th><th scope="col">${esc(t("Message"))}</th></tr></thead><tbody>${rows}</tbody></table>`;
  }

  function show(res) {
    const j = res.json || {};
    if (res.status >= 400) {
      const place = j.row != null ? [{ file: document.getElementById("upload-file").files[0]?.name, row: j.row, column: j.column, message: j.title }] : null;
      out.innerHTML = errors(j.uploadErrors || place || [{ file: "", message: J.problemText(j) || String(res.status) }]);
      return false;
    }
    if (!j.valid) { out.innerHTML = errors(j.errors); return false; }
    const changes = j.changes.map(c => `<li>${esc(c.table)}: ${esc(c.rows.toLocaleString("en-US"))} ${esc(t("Rows"))}</li>`).join("");
    out.innerHTML = `<p class="ok">${esc(t("UploadValid"))}</p><ul id="upload-changes">${changes}</ul>`;
    return true;
  }

  form.addEventListener("submit", async ev => {
    ev.preventDefault();
    status.textContent = t("Loading");
    const ok = show(await send("/api/data/validate"));
    store.disabled = !ok;
    status.textContent = "";
  });
  form.addEventListener("change", () => { store.disabled = true; });
  store.addEventListener("click", async () => {
    status.textContent = t("Loading");
    const res = await send("/api/data/sets");
    if (res.status === 201) { status.textContent = t("Stored") + ` (v${res.json.version})`; setTimeout(() => location.reload(), 600); }
    else { show(res); status.textContent = ""; }
  });
})();
// Stored data sets: use one for the analyses, or switch back to the bundled data.
(() => {
  const status = document.getElementById("data-status");
  const run = async (method, url) => {
    if (status) status.textContent = J.t("Loading");
    try { await J.api(method, url); location.reload(); }
    catch (e) { if (status) status.textContent = e.message; }
  };
  document.querySelectorAll("button.activate").forEach(b => b.addEventListener("click", () => run("POST", `/api/data/sets/${encodeURIComponent(b.dataset.id)}/activate`)));
  document.getElementById("deactivate")?.addEventListener("click", () => run("DELETE", "/api/data/active"));
})();
