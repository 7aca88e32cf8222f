// A Yasr plugin that pivots a SELECT result: the values of one variable as rows, of another as
// columns, and in each cell the number of result rows or the sum of a numeric variable, with totals.
// A plain HTML table (headers marked up for screen readers), downloadable as CSV.
import { categoryVariables, csvLine, distinctCount, number, numericVariables, text, variableSelect } from "./result-columns.js";

const NONE = "";
const COUNT = "";
/** More distinct values than this make a poor default for the columns. */
const MAX_DEFAULT_COLUMNS = 12;

/** Adds up one pivot: rows × columns → [count, sum]. */
export function pivot(bindings, rowVar, columnVar, valueVar, prefixes) {
  const rows = [], columns = [], cells = new Map();
  const add = (list, key) => { if (!list.includes(key)) list.push(key); };
  for (const b of bindings) {
    const r = text(b[rowVar], prefixes);
    const c = columnVar ? text(b[columnVar], prefixes) : "";
    add(rows, r);
    add(columns, c);
    const key = r + "\u0000" + c;
    cells.set(key, (cells.get(key) || 0) + (valueVar ? number(b[valueVar]) : 1));
  }
  const cell = (r, c) => cells.get(r + "\u0000" + c) || 0;
  const rowTotal = (r) => columns.reduce((s, c) => s + cell(r, c), 0);
  const columnTotal = (c) => rows.reduce((s, r) => s + cell(r, c), 0);
  const total = rows.reduce((s, r) => s + rowTotal(r), 0);
  return { rows, columns, cell, rowTotal, columnTotal, total };
}

/** The plugin class, with its texts (labels.pivot, labels.rows, labels.columns, labels.value, labels.count, labels.none, labels.total, labels.download). */
export function pivotPlugin(labels) {
  return class PivotPlugin {
    constructor(yasr) {
      this.yasr = yasr;
      this.label = labels.pivot;
      this.priority = 4;
      this.config = {};
    }

    canHandleResults() {
      const r = this.yasr.results;
      return !!r && r.getType() === "json" && (r.getVariables() || []).length >= 2 && (r.getBindings() || []).length > 0;
    }

    getIcon() {
      const icon = document.createElement("span");
      icon.className = "lsgraph-plugin-icon";
      icon.setAttribute("aria-hidden", "true");
      icon.textContent = "⊞";
      return icon;
    }

    draw(persistentConfig) {
      const variables = this.yasr.results.getVariables();
      const bindings = this.yasr.results.getBindings();
      const prefixes = this.yasr.getPrefixes();
      const categories = categoryVariables(variables, bindings);
      const numeric = numericVariables(variables, bindings);
      const saved = persistentConfig || {};
      const rows = variables.includes(saved.rows) ? saved.rows : categories[0] || variables[0];
      // A column with one value (a query's bound parameter, say) would spread nothing across columns.
      const defaultColumns = categories.find((v) => {
        const distinct = v === rows ? 0 : distinctCount(v, bindings, prefixes);
        return distinct > 1 && distinct <= MAX_DEFAULT_COLUMNS;
      });
      this.config = {
        rows,
        columns: saved.columns === NONE || variables.includes(saved.columns) ? saved.columns : defaultColumns || NONE,
        value: saved.value === COUNT || numeric.includes(saved.value) ? saved.value : numeric[0] || COUNT,
      };
      const redraw = (key) => (value) => {
        this.config[key] = value;
        this.yasr.storePluginConfig("pivot", this.config);
        this.drawTable();
      };
      const controls = document.createElement("div");
      controls.className = "lsgraph-plugin-controls";
      controls.append(
        variableSelect(labels.rows, variables, this.config.rows, redraw("rows")),
        variableSelect(labels.columns, variables, this.config.columns, redraw("columns"), [[NONE, labels.none]]),
        variableSelect(labels.value, numeric, this.config.value, redraw("value"), [[COUNT, labels.count]]));
      this.yasr.pluginControls.replaceChildren(controls);
      this.drawTable();
    }

    current() {
      const { rows, columns, value } = this.config;
      return pivot(this.yasr.results.getBindings(), rows, columns || null, value || null, this.yasr.getPrefixes());
    }

    drawTable() {
      const p = this.current();
      const table = document.createElement("table");
      table.className = "lsgraph-pivot";
      const head = table.createTHead().insertRow();
      const corner = document.createElement("th");
      corner.scope = "col";
      corner.textContent = "?" + this.config.rows + (this.config.columns ? " \\ ?" + this.config.columns : "");
      head.append(corner);
      const header = (textContent, scope) => {
        const th = document.createElement("th");
        th.scope = scope;
        th.textContent = textContent;
        return th;
      };
      for (const c of p.columns) head.append(header(this.config.columns ? c : labels.valueHeading(this.config.value), "col"));
      if (this.config.columns) head.append(header(labels.total, "col"));
      const body = table.createTBody();
      for (const r of p.rows) {
        const tr = body.insertRow();
        tr.append(header(r, "row"));
        for (const c of p.columns) tr.insertCell().textContent = format(p.cell(r, c));
        if (this.config.columns) tr.insertCell().textContent = format(p.rowTotal(r));
      }
      const foot = table.createTFoot().insertRow();
      foot.append(header(labels.total, "row"));
      for (const c of p.columns) foot.insertCell().textContent = format(p.columnTotal(c));
      if (this.config.columns) foot.insertCell().textContent = format(p.total);
      const scroller = document.createElement("div");
      scroller.className = "lsgraph-pivot-scroll";
      scroller.append(table);
      this.yasr.resultsEl.replaceChildren(scroller);
    }

    download(filename) {
      return {
        contentType: "text/csv",
        getData: () => pivotCsv(this.current(), this.config, labels),
        filename: (filename || "result") + "-pivot.csv",
        title: labels.download,
      };
    }
  };
}

function format(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

export function pivotCsv(p, config, labels) {
  const lines = [csvLine([config.rows, ...(config.columns ? [...p.columns, labels.total] : [labels.valueHeading(config.value)])])];
  for (const r of p.rows)
    lines.push(csvLine([r, ...p.columns.map((c) => format(p.cell(r, c))), ...(config.columns ? [format(p.rowTotal(r))] : [])]));
  lines.push(csvLine([labels.total, ...p.columns.map((c) => format(p.columnTotal(c))), ...(config.columns ? [format(p.total)] : [])]));
  return lines.join("\n") + "\n";
}
