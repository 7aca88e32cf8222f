// What every view shares: its data from /views/NAME/data.json in the page's language, links to
// resource pages, the status line, the data table and the download buttons.

const RESOURCE = "https://w3id.org/lsgraph/id/";

export function language() {
  return document.documentElement.lang === "en" ? "en" : "sv";
}

export function viewName() {
  return document.querySelector("main[data-view]").dataset.view;
}

export async function loadTable() {
  const response = await fetch(`/views/${viewName()}/data.json?lang=${language()}`, {
    headers: { Accept: "application/json" },
  });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.json();
}

/** The local page of one of lsgraph's resources, or null for any other IRI. */
export function pageOf(iri) {
  return typeof iri === "string" && iri.startsWith(RESOURCE) ? "/id/" + iri.slice(RESOURCE.length) : null;
}

export function setStatus(text) {
  document.getElementById("view-status").textContent = text;
}

/** Runs a view: loads its data, draws it, fills the table; reports failure in the status line. */
export async function runView(draw, { loaded, failed }) {
  try {
    const table = await loadTable();
    // For the page-load benchmark: how much of the time to an interactive view is the data.
    performance.mark("lsgraph-data");
    markNamesByLsgraph(table);
    // A view may draw asynchronously (the network waits for its positions from the server).
    const picture = await draw(table);
    fillTable(table);
    setStatus(loaded.replace("{0}", table.rows.length));
    document.querySelector("main[data-view]").dataset.ready = "true";
    // For tests and the page-load benchmark: the moment the view is drawn and usable.
    performance.mark("lsgraph-ready");
    return picture;
  } catch (e) {
    setStatus(`${failed} (${e.message})`);
    throw e;
  }
}

/**
 * Marks each name that is lsgraph's own English name, not an official one: where a row's column
 * NAMELabelByLsgraph is true, NAMELabel gets " *", which the legend under the picture explains.
 * Every picture, tooltip and the table show the marked name; the CSV and JSON downloads keep the two apart.
 */
export function markNamesByLsgraph({ columns, rows }) {
  const marked = columns.filter((c) => c.endsWith("LabelByLsgraph")).map((c) => [c, c.slice(0, -"ByLsgraph".length)]);
  for (const row of rows)
    for (const [flag, label] of marked)
      if (row[flag] === true && typeof row[label] === "string") row[label] += " *";
}

/**
 * A label as a picture shows it where it may be cut short to fit: the mark of lsgraph's English name
 * goes first ("* Health data"), so truncating the end never drops it.
 */
export function markFirst(label) {
  return typeof label === "string" && label.endsWith(" *") ? `* ${label.slice(0, -2)}` : label;
}

/** The data as an HTML table (for screen readers, and to read exact values). */
export function fillTable({ columns, rows }) {
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const c of columns) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = c;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const c of columns) {
      const td = tr.insertCell();
      const value = row[c];
      const href = pageOf(value);
      if (href) {
        const a = document.createElement("a");
        a.href = href;
        a.textContent = value.slice(RESOURCE.length);
        td.appendChild(a);
      } else {
        td.textContent = value == null ? "" : String(value);
      }
    }
  }
  const holder = document.getElementById("view-table");
  holder.replaceChildren(table);
}

/** Wires the PNG and SVG buttons to functions that return a data or blob URL of the picture. */
export function offerPictures({ png, svg }) {
  const name = `lsgraph-${viewName()}`;
  document.getElementById("download-png").addEventListener("click", async () => save(await png(), `${name}.png`));
  document.getElementById("download-svg").addEventListener("click", async () => save(await svg(), `${name}.svg`));
}

function save(url, filename) {
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Texts the template put on an element as data-label-* attributes (the UI language). */
export function labels(element) {
  const out = {};
  for (const [k, v] of Object.entries(element.dataset))
    if (k.startsWith("label")) out[k.slice(5, 6).toLowerCase() + k.slice(6)] = v;
  return out;
}
