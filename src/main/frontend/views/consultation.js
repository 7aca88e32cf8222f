// The consultation heat map: consulted bodies (rows) × headings of the summary of responses
// (columns), the number of points per cell; a click opens the body's page at that heading.
import { runView, offerPictures, pageOf, labels, markFirst } from "../lib/view.js";
import { drawChart, pictureDownloads } from "../lib/echarts-picture.js";

const element = document.getElementById("picture");
const text = labels(element);
const status = document.getElementById("view-status").dataset;

function headingAnchor(headingIri) {
  return "heading-" + headingIri.slice(headingIri.lastIndexOf("/") + 1);
}

function draw({ rows }) {
  const headings = [...new Map(rows.map((r) => [r.heading, r])).values()].sort(
    (a, b) => a.headingPosition - b.headingPosition);
  const totals = new Map();
  for (const r of rows) totals.set(r.body, (totals.get(r.body) || 0) + r.statements);
  const bodies = [...new Map(rows.map((r) => [r.body, r])).values()].sort(
    (a, b) => totals.get(a.body) - totals.get(b.body) || b.bodyLabel.localeCompare(a.bodyLabel));
  const x = new Map(headings.map((h, i) => [h.heading, i]));
  const y = new Map(bodies.map((b, i) => [b.body, i]));
  const max = Math.max(...rows.map((r) => r.statements));
  element.style.height = `${Math.max(420, bodies.length * 22 + 260)}px`;
  const narrow = element.clientWidth < 600;
  const chart = drawChart(element, {
    tooltip: {
      formatter: (p) => `${bodies[p.value[1]].bodyLabel}<br>${headings[p.value[0]].headingLabel}: <b>${p.value[2]}</b> ${text.statements}`,
    },
    // The headings stand above the columns: below them they fell off the bottom of a tall chart.
    grid: { left: narrow ? 110 : 260, right: 24, top: narrow ? 150 : 190, bottom: narrow ? 16 : 56 },
    xAxis: {
      type: "category",
      position: "top",
      name: text.heading,
      data: headings.map((h) => h.headingLabel),
      axisLabel: { rotate: 50, interval: 0, width: narrow ? 110 : 170, overflow: "truncate", formatter: markFirst },
      splitArea: { show: true },
    },
    yAxis: {
      type: "category",
      data: bodies.map((b) => b.bodyLabel),
      axisLabel: { width: narrow ? 100 : 250, overflow: "truncate", formatter: markFirst },
    },
    visualMap: { min: 1, max, calculable: false, orient: "horizontal", left: "center", bottom: 0, show: !narrow,
      inRange: { color: ["#deebf7", "#08306b"] } },
    series: [{
      name: text.statements,
      type: "heatmap",
      data: rows.map((r) => [x.get(r.heading), y.get(r.body), r.statements]),
      label: { show: true },
      emphasis: { itemStyle: { borderColor: "#000", borderWidth: 1 } },
    }],
  });
  chart.on("click", (p) => {
    const body = bodies[p.value[1]].body;
    const href = pageOf(body);
    if (href) window.location.href = `${href}#${headingAnchor(headings[p.value[0]].heading)}`;
  });
  return chart;
}

runView(draw, { loaded: status.loaded, failed: status.failed }).then((chart) => {
  offerPictures(pictureDownloads(chart, element));
  window.lsgraphView = { chart };
});
