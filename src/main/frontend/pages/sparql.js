// The SPARQL workbench: YASGUI on this server's endpoint, with completion from the lsgraph
// ontology (prefixes, classes, properties; nothing fetched from other sites), and the query
// catalogue (/api/queries) as examples with a form for each query's parameters.
import Yasgui from "@zazuko/yasgui";
import "@zazuko/yasgui/build/yasgui.min.css";
import "./sparql-accessible.css";
import { exampleQuery, isCommandLineOnly } from "../lib/examples.js";
import { chartPlugin } from "../lib/yasr-chart.js";
import { pivotPlugin } from "../lib/yasr-pivot.js";

const Yasqe = Yasgui.Yasqe;
const holder = document.getElementById("yasgui");
const endpoint = new URL(holder.dataset.endpoint, window.location.origin).toString();

const vocabulary = fetch("/sparql/vocabulary.json").then((r) => r.json());

function matching(list, token) {
  const wanted = (token && (token.autocompletionString || token.string)) || "";
  return list.filter((iri) => iri.startsWith(wanted)).slice(0, 100);
}

// Completion from the ontology instead of prefix.cc and LOV.
Yasqe.forkAutocompleter("prefixes", {
  name: "lsgraph-prefixes",
  persistenceId: null,
  get: () => vocabulary.then((v) => Object.entries(v.prefixes).map(([p, iri]) => `${p}: <${iri}>`).sort()),
});
Yasqe.forkAutocompleter("class", { name: "lsgraph-classes", get: (y, t) => vocabulary.then((v) => matching(v.classes, t)) });
Yasqe.forkAutocompleter("property", { name: "lsgraph-properties", get: (y, t) => vocabulary.then((v) => matching(v.properties, t)) });
Yasqe.defaults.autocompleters = ["lsgraph-prefixes", "lsgraph-classes", "lsgraph-properties", "variables"];

// Results as a chart and as a pivot table besides YASGUI's own table and raw response.
const text = holder.dataset;
Yasgui.Yasr.registerPlugin("pivot", pivotPlugin({
  pivot: text.labelPivot, rows: text.labelPivotRows, columns: text.labelPivotColumns, value: text.labelPivotValue,
  count: text.labelPivotCount, none: text.labelPivotNone, total: text.labelPivotTotal, download: text.labelPivotDownload,
  valueHeading: (variable) => (variable ? text.labelPivotSum.replace("{value}", "?" + variable) : text.labelPivotCount),
}));
Yasgui.Yasr.registerPlugin("chart", chartPlugin({
  chart: text.labelChart, category: text.labelChartCategory, value: text.labelChartValue, type: text.labelChartType,
  types: { bar: text.labelChartBar, line: text.labelChartLine, pie: text.labelChartPie },
  description: text.labelChartDescription, download: text.labelChartDownload,
}));

const yasgui = new Yasgui(holder, {
  requestConfig: { endpoint, method: "POST" },
  copyEndpointOnNewTab: true,
  endpointCatalogueOptions: { getData: () => [{ endpoint }] },
  persistenceId: "lsgraph-workbench",
  yasqe: { resizeable: true, editorHeight: "320px" },
  yasr: { pluginOrder: ["table", "pivot", "chart", "response"], defaultPlugin: "table" },
});

/**
 * Fills what YASGUI's markup lacks for screen readers (names of its inputs and selects, the roles
 * inside its tab list, a focusable editor scroll area); re-applied whenever YASGUI redraws.
 */
function accessibilityFixes() {
  const name = (selector, label) => holder.querySelectorAll(selector).forEach((e) => {
    if (!e.hasAttribute("aria-label")) e.setAttribute("aria-label", label);
  });
  name(".CodeMirror textarea", holder.dataset.labelEditor);
  name("input.autocomplete", holder.dataset.labelEndpoint);
  name("select.tableSizer", holder.dataset.labelRows);
  name("input[type=search], .dataTables_filter input", holder.dataset.labelFilter);
  // A tab list may only hold tabs: the "add a tab" button is one more tab.
  holder.querySelectorAll(".tabsList button.addTab:not([role])").forEach((e) => e.setAttribute("role", "tab"));
  // The editor's scroll area must be reachable from the keyboard (CodeMirror makes it -1).
  holder.querySelectorAll(".CodeMirror-scroll[tabindex='-1']").forEach((e) => e.setAttribute("tabindex", "0"));
}
new MutationObserver(accessibilityFixes).observe(holder, { childList: true, subtree: true });
accessibilityFixes();

function field(param) {
  const id = `param-${param.name}`;
  const wrap = document.createElement("p");
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = `${param.name} (${param.type})`;
  const input = document.createElement("input");
  input.id = id;
  input.name = param.name;
  input.value = param.example || "";
  input.required = !param.optional;
  input.size = 60;
  const help = document.createElement("small");
  help.textContent = param.description || "";
  wrap.append(label, input, help);
  return wrap;
}

async function openInEditor(query, values) {
  const problem = document.getElementById("example-problem");
  problem.textContent = "";
  try {
    // The server does not bind a federated query (it refuses to run one): its own text opens.
    const text = await exampleQuery(query, isCommandLineOnly(query) ? {} : values);
    const tab = yasgui.getTab();
    tab.setQuery(text);
    tab.getYasqe().focus();
  } catch (e) {
    problem.textContent = e.message;
  }
}

async function examples() {
  const select = document.getElementById("examples");
  const form = document.getElementById("example-params");
  const fields = document.getElementById("example-param-fields");
  const commandLine = document.getElementById("example-command-line");
  const list = await (await fetch("/api/queries")).json();
  const byName = new Map(list.map((q) => [q.name, q]));
  for (const q of list) {
    const option = document.createElement("option");
    option.value = q.name;
    option.textContent = q.name + (isCommandLineOnly(q) ? " (CLI)" : "");
    select.appendChild(option);
  }
  select.addEventListener("change", () => {
    const q = byName.get(select.value);
    document.getElementById("example-summary").textContent = q ? q.summary : "";
    form.hidden = !q || q.params.length === 0 || isCommandLineOnly(q);
    commandLine.hidden = !q || !isCommandLineOnly(q);
    if (!q) return;
    fields.replaceChildren(...q.params.map(field));
    if (isCommandLineOnly(q)) {
      const params = q.params.map((p) => `--param ${p.name}=${p.example}`).join(" ");
      document.getElementById("example-command").textContent =
        `${holder.dataset.labelCommandLine} java -jar target/lsgraph.jar query ${q.name} ${params}`;
    }
    openInEditor(q, Object.fromEntries(q.params.map((p) => [p.name, p.example])));
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = byName.get(select.value);
    openInEditor(q, Object.fromEntries(q.params.map((p) => [p.name, form.elements[p.name].value])));
  });
}

window.lsgraphWorkbench = yasgui;
examples().then(() => performance.mark("lsgraph-ready"));
