// Policy tool: compose measures with form controls; the result table and the radar update as you type; save and compare scenarios.
"use strict";
(() => {
  const d = J.data, t = J.t, esc = J.esc;
  const FIELDS = {
    upstream: ["country", "added_mine_t", "added_reserves_t", "added_concentrate_imports_t"],
    smelter: ["country", "added_refined_t", "stockpile_days"],
    substitution: ["application", "application_share", "reduction"],
    recycling: ["added_share", "factor"],
  };
  const list = document.getElementById("measures"), result = document.getElementById("policy-result"), status = document.getElementById("policy-status");
  let current = { id: null, version: null }, timer = null, seq = 0;

  function field(kind, element, name, value) {
    if (name === "country") return `<label>${esc(t("Country"))}<input name="country" list="countries" maxlength="3" size="5" value="${esc(value ?? "AUS")}"></label>`;
    if (name === "application") {
      const apps = d.applications.filter(a => a.element === element).map(a => a.application);
      return `<label>${esc(t("application"))}<select name="application">${apps.map(a => `<option${a === value ? " selected" : ""}>${esc(a)}</option>`).join("")}</select></label>`;
    }
    return `<label>${esc(t(name))}<input type="number" step="any" min="0" name="${name}" value="${esc(value ?? "")}"></label>`;
  }
  function row(m) {
    const div = document.createElement("div");
    div.className = "measure";
    const kinds = Object.keys(FIELDS).map(k => `<option value="${k}"${k === m.kind ? " selected" : ""}>${esc(t("Kind_" + k))}</option>`).join("");
    const els = d.elements.map(e => `<option${e === m.element ? " selected" : ""}>${esc(e)}</option>`).join("");
    div.innerHTML = `<label>${esc(t("Kind"))}<select name="kind">${kinds}</select></label><label>${esc(t("Element"))}<select name="element">${els}</select></label>` +
      `<label>${esc(t("Label"))}<input name="label" maxlength="200" value="${esc(m.label ?? "")}"></label>` +
      FIELDS[m.kind].map(f => field(m.kind, m.element, f, m[f])).join("") + `<button type="button" class="remove">${esc(t("Remove"))}</button>`;
    div.querySelector("[name=kind]").addEventListener("change", () => { div.replaceWith(row({ ...read(div), kind: div.querySelector("[name=kind]").value })); schedule(); });
    div.querySelector("[name=element]").addEventListener("change", () => { div.replaceWith(row(read(div))); schedule(); });
    div.querySelector(".remove").addEventListener("click", () => { div.remove(); schedule(); });
    return div;
  }
  function read(div) {
    const m = {};
    div.querySelectorAll("input, select").forEach(i => { if (i.value !== "") m[i.name] = i.type === "number" ? Number(i.value) : i.value; });
    return m;
  }
  const scenario = () => ({ name: document.getElementById("scenario-name").value.trim(), measures: [...list.children].map(read) });
  function load(s) {
    document.getElementById("scenario-name").value = s.name ?? "";
    list.replaceChildren(...(s.measures ?? []).map(row));
  }

  function schedule() { clearTimeout(timer); timer = setTimeout(evaluate, 250); }
  async function evaluate() {
    const mine = ++seq;
    try {
      const o = await J.api("POST", "/api/policy/evaluate", scenario());
      if (mine !== seq) return;
      render(o); status.textContent = "";
    } catch (e) { if (mine === seq) { status.textContent = e.message; status.className = "error"; } }
  }
  function render(o) {
    const rows = o.elements.flatMap(e => e.before.indicators.map((b, i) => {
      const a = e.after.indicators[i], [lb, cb] = J.level(b.level), [la, ca] = J.level(a.level), changed = b.value !== a.value;
      return `<tr><th scope="row">${esc(e.element)}</th><td>${esc(t("Ind" + b.number))}</td><td>${J.num(b.value)}</td><td class="${cb}">${esc(lb)}</td>` +
        `<td class="${changed ? "changed" : ""}" data-indicator="${b.key}">${J.num(a.value)}</td><td class="${ca}">${esc(la)}</td></tr>`;
    })).join("");
    result.innerHTML = `<table id="policy-table" class="data"><thead><tr><th scope="col">${esc(t("Element"))}</th><th scope="col">${esc(t("Indicator"))}</th>` +
      `<th scope="col">${esc(t("Before"))}</th><th scope="col">${esc(t("Level"))}</th><th scope="col">${esc(t("After"))}</th><th scope="col">${esc(t("Level"))}</th></tr></thead><tbody>${rows}</tbody></table>` +
      o.elements.filter(e => e.stockpileDays > 0).map(e => `<p>${esc(e.element)}: ${esc(t("StockpileDays"))} ${e.stockpileDays}</p>`).join("");
    const first = o.elements[0];
    if (first) J.radar(document.getElementById("policy-radar"), [{ name: `${first.element} ${t("Before")}`, profile: first.before }, { name: `${first.element} ${t("After")}`, profile: first.after }]);
  }

  async function save() {
    try {
      const s = scenario();
      const doc = current.id ? await J.api("PUT", `/api/policy/scenarios/${current.id}`, { version: current.version, document: s }) : await J.api("POST", "/api/policy/scenarios", s);
      current = { id: doc.id, version: doc.version };
      status.className = ""; status.textContent = `${t("Saved")} (${t("Version")} ${doc.version})`;
      refreshSaved();
    } catch (e) { status.className = "error"; status.textContent = e.status === 409 ? t("Conflict") : e.message; }
  }
  async function refreshSaved() {
    const docs = await J.api("GET", "/api/policy/scenarios");
    document.getElementById("saved-scenarios").innerHTML = docs.length === 0 ? "<p>–</p>" :
      `<table class="data"><tbody>${docs.map(x => `<tr><td><input type="checkbox" class="pick" value="${esc(x.id)}" aria-label="${esc(x.name)}"></td><td>${esc(x.name)}</td><td>${esc(t("Version"))} ${x.version}</td><td>${esc(x.updated.slice(0, 19).replace("T", " "))}</td>` +
      `<td><button type="button" data-load="${esc(x.id)}">${esc(t("Evaluate"))}</button></td></tr>`).join("")}</tbody></table>`;
    document.querySelectorAll("[data-load]").forEach(b => b.addEventListener("click", async () => {
      const x = await J.api("GET", `/api/policy/scenarios/${b.dataset.load}`);
      current = { id: x.id, version: x.version }; load(x.document); evaluate();
    }));
  }
  async function compare() {
    const ids = [...document.querySelectorAll(".pick:checked")].map(c => c.value);
    const outs = await Promise.all(ids.map(id => J.api("GET", `/api/policy/scenarios/${id}/outcome`)));
    const keys = [...new Set(outs.flatMap(o => o.elements.flatMap(e => e.after.indicators.map(i => `${e.element}|${i.number}`))))];
    const cell = (o, k) => { const [el, n] = k.split("|"); const e = o.elements.find(x => x.element === el); if (!e) return "<td>–</td>"; const a = e.after.indicators[n - 1], [l, c] = J.level(a.level); return `<td class="${c}">${J.num(a.value)} (${esc(l)})</td>`; };
    const base = (k) => { const [el, n] = k.split("|"); const e = outs.flatMap(o => o.elements).find(x => x.element === el); const b = e.before.indicators[n - 1], [l, c] = J.level(b.level); return `<td class="${c}">${J.num(b.value)} (${esc(l)})</td>`; };
    document.getElementById("comparison").innerHTML = `<table class="data compare"><thead><tr><th scope="col">${esc(t("Element"))}</th><th scope="col">${esc(t("Indicator"))}</th><th scope="col">${esc(t("Before"))}</th>${outs.map(o => `<th scope="col">${esc(o.name)}</th>`).join("")}</tr></thead>` +
      `<tbody>${keys.map(k => `<tr><th scope="row">${esc(k.split("|")[0])}</th><td>${esc(t("Ind" + k.split("|")[1]))}</td>${base(k)}${outs.map(o => cell(o, k)).join("")}</tr>`).join("")}</tbody></table>`;
  }

  const dl = document.createElement("datalist"); dl.id = "countries"; dl.innerHTML = d.countries.map(c => `<option value="${esc(c)}">`).join(""); document.body.appendChild(dl);
  const start = d.elements.includes("REE") ? "REE" : d.elements[0];
  load({ name: "Web scenario", measures: [{ kind: "upstream", element: start, label: "Mine expansion (assumed)", country: "AUS", added_mine_t: 20000 }] });
  document.getElementById("policy-form").addEventListener("input", schedule);
  document.getElementById("policy-form").addEventListener("submit", e => { e.preventDefault(); evaluate(); });
  document.getElementById("add-measure").addEventListener("click", () => { list.appendChild(row({ kind: "recycling", element: start, added_share: 0.05 })); schedule(); });
  document.getElementById("save-scenario").addEventListener("click", save);
  document.getElementById("compare").addEventListener("click", compare);
  evaluate(); refreshSaved();
})();
