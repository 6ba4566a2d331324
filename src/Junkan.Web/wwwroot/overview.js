// Overview: filter the heat table by symbol or name and by NEDO target.
"use strict";
(() => {
  const table = document.getElementById("heat"), filter = document.getElementById("filter"), nedo = document.getElementById("nedo-only");
  const count = document.getElementById("row-count");
  function apply() {
    const q = filter.value.trim().toLowerCase();
    let n = 0;
    for (const tr of table.tBodies[0].rows) {
      const show = (!q || tr.children[0].textContent.toLowerCase().includes(q) || tr.children[1].textContent.toLowerCase().includes(q)) && (!nedo.checked || tr.dataset.nedo === "1");
      tr.hidden = !show; if (show) n++;
    }
    count.textContent = `${n} ${J.t("Rows")}`;
  }
  filter.addEventListener("input", apply);
  nedo.addEventListener("change", apply);
})();
