// Follow-up of the action plans: per strategy area, how many development needs have a measure
// (stacked bars), each need with its measures and who is responsible, and, when indicator values
// are loaded, one chart per indicator of the observed value against the target per year.
import { runView, offerPictures, pageOf, labels } from "../lib/view.js";
import { drawChart, pictureDownloads } from "../lib/echarts-picture.js";

const holder = document.getElementById("follow-up");
const text = labels(holder);
const picture = document.getElementById("picture");
const status = document.getElementById("view-status").dataset;

function link(iri, label) {
  const href = pageOf(iri);
  const element = document.createElement(href ? "a" : "span");
  if (href) element.href = href;
  element.textContent = label;
  return element;
}

/** Coverage rows grouped by area, each area's needs with the measures serving them. */
function areasOf(rows) {
  const areas = new Map();
  for (const r of rows.filter((r) => r.part === "coverage")) {
    if (!areas.has(r.area)) areas.set(r.area, { iri: r.area, code: r.areaCode, label: r.areaLabel, needs: new Map(), measures: [] });
    const area = areas.get(r.area);
    if (r.need) {
      if (!area.needs.has(r.need)) area.needs.set(r.need, { iri: r.need, code: r.needCode, label: r.needLabel, measures: [] });
      if (r.measure) area.needs.get(r.need).measures.push(r);
    } else if (r.measure) {
      area.measures.push(r);
    }
  }
  return [...areas.values()].sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
}

function measureItem(m) {
  const li = document.createElement("li");
  li.className = "measure";
  li.append(link(m.measure, m.measureLabel));
  const owner = [m.responsible, m.status].filter(Boolean).join(", ");
  if (owner) li.append(` (${owner})`);
  return li;
}

function drawCoverage(areas) {
  const sections = areas.map((area) => {
    const section = document.createElement("section");
    section.className = "follow-up-area";
    section.dataset.area = area.iri;
    const h3 = document.createElement("h3");
    h3.append(link(area.iri, `${area.code} ${area.label}`));
    const list = document.createElement("ul");
    for (const need of area.needs.values()) {
      const li = document.createElement("li");
      li.className = need.measures.length ? "need covered" : "need uncovered";
      li.dataset.need = need.code;
      li.append(link(need.iri, `${need.code} ${need.label}`));
      const measures = document.createElement("ul");
      if (need.measures.length) need.measures.forEach((m) => measures.appendChild(measureItem(m)));
      else measures.appendChild(Object.assign(document.createElement("li"), { className: "none", textContent: text.none }));
      li.appendChild(measures);
      list.appendChild(li);
    }
    if (area.measures.length) {
      const li = document.createElement("li");
      li.className = "need covered";
      li.textContent = text.areaMeasures;
      const measures = document.createElement("ul");
      area.measures.forEach((m) => measures.appendChild(measureItem(m)));
      li.appendChild(measures);
      list.appendChild(li);
    }
    section.append(h3, list);
    return section;
  });
  document.getElementById("coverage").replaceChildren(...sections);
}

const nonZero = { show: true, formatter: (p) => (p.value ? String(p.value) : "") };

function coverageChart(areas) {
  const withNeeds = areas.filter((a) => a.needs.size > 0 || a.measures.length > 0);
  const covered = withNeeds.map((a) => [...a.needs.values()].filter((n) => n.measures.length).length);
  const uncovered = withNeeds.map((a) => [...a.needs.values()].filter((n) => !n.measures.length).length);
  return drawChart(picture, {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 60, right: 30, top: 40, bottom: 30 },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", inverse: true, data: withNeeds.map((a) => a.code) },
    series: [
      { name: text.with, type: "bar", stack: "needs", data: covered, itemStyle: { color: "#2e7d32" }, label: nonZero },
      { name: text.without, type: "bar", stack: "needs", data: uncovered, itemStyle: { color: "#c62828" }, label: nonZero },
    ],
  });
}

/** One figure per indicator: a chart of observed value and target per year, and the same as a table. */
function drawProgress(rows) {
  const indicators = new Map();
  for (const r of rows.filter((r) => r.part === "progress")) {
    if (!indicators.has(r.indicator)) indicators.set(r.indicator, { ...r, values: [] });
    indicators.get(r.indicator).values.push(r);
  }
  const progress = document.getElementById("progress");
  if (!indicators.size) {
    progress.replaceChildren(Object.assign(document.createElement("p"), { className: "none", textContent: text.empty }));
    return [];
  }
  const figures = [...indicators.values()].map((indicator) => {
    const figure = document.createElement("figure");
    figure.className = "follow-up-indicator";
    figure.dataset.indicator = indicator.indicator;
    const caption = document.createElement("figcaption");
    caption.append(link(indicator.indicator, indicator.indicatorLabel), ` (${indicator.unit})`);
    if (indicator.measure) caption.append(" – ", link(indicator.measure, indicator.measureLabel));
    const chart = document.createElement("div");
    chart.className = "chart chart-indicator";
    figure.append(caption, chart, valueTable(indicator.values));
    return { figure, chart, indicator };
  });
  progress.replaceChildren(...figures.map((f) => f.figure));
  return figures.map(({ chart, indicator }) => indicatorChart(chart, indicator.values));
}

function seriesKey(v) {
  return [v.areaCode, v.actorLabel].filter(Boolean).join(", ");
}

function indicatorChart(element, values) {
  const years = [...new Set(values.map((v) => v.year))].sort();
  const keys = [...new Set(values.map(seriesKey))];
  const series = keys.flatMap((key) => {
    const at = (year, field) => values.find((v) => v.year === year && seriesKey(v) === key)?.[field] ?? null;
    const suffix = keys.length > 1 && key ? ` (${key})` : "";
    return [
      { name: text.observed + suffix, type: "bar", data: years.map((y) => at(y, "observed")), label: { show: true, position: "top" } },
      { name: text.target + suffix, type: "line", data: years.map((y) => at(y, "target")), label: { show: true }, symbolSize: 8 },
    ];
  });
  return drawChart(element, {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 50, right: 30, top: 40, bottom: 30 },
    xAxis: { type: "category", data: years },
    yAxis: { type: "value" },
    series,
  });
}

function valueTable(values) {
  const table = document.createElement("table");
  table.className = "follow-up-values";
  const head = table.createTHead().insertRow();
  for (const h of [text.year, text.observed, text.target]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = h;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const v of values) {
    const tr = body.insertRow();
    const key = seriesKey(v);
    for (const cell of [key ? `${v.year} (${key})` : v.year, v.observed, v.target])
      tr.insertCell().textContent = cell == null ? "–" : String(cell);
  }
  return table;
}

function draw({ rows }) {
  const areas = areasOf(rows);
  drawCoverage(areas);
  const indicatorCharts = drawProgress(rows);
  return { chart: coverageChart(areas), indicatorCharts };
}

runView(draw, { loaded: status.loaded, failed: status.failed }).then((charts) => {
  offerPictures(pictureDownloads(charts.chart, picture));
  window.lsgraphView = charts;
});
