// The strategy flow as a Sankey diagram: 2020 draft areas -> 2021 directions and areas -> 2026
// aspects -> 2026 priority areas. Hovering a link shows lsgraph's reasoning; a click on an element
// opens its page.
import { runView, offerPictures, pageOf, labels, markFirst } from "../lib/view.js";
import { drawChart, pictureDownloads } from "../lib/echarts-picture.js";

const element = document.getElementById("picture");
const text = labels(element);
const status = document.getElementById("view-status").dataset;

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function name(notation, label) {
  return notation ? `${notation} ${label}` : label;
}

/** Columns of the flow: 2020, 2021, 2026 aspects, 2026 priority areas. */
function depthOf(strategy, isAspect) {
  if (strategy === "2020") return 0;
  if (strategy === "2021") return 1;
  return isAspect ? 2 : 3;
}

function draw({ rows }) {
  const aspects = new Set(rows.filter((r) => r.relation === "broader").map((r) => r.source));
  const nodes = new Map();
  const addNode = (iri, label, notation, strategy) => {
    if (!nodes.has(iri))
      nodes.set(iri, { name: iri, label: name(notation, label), strategy, depth: depthOf(strategy, aspects.has(iri)) });
  };
  for (const r of rows) {
    addNode(r.source, r.sourceLabel, r.sourceNotation, r.sourceStrategy);
    addNode(r.target, r.targetLabel, r.targetNotation, r.targetStrategy);
  }
  const links = rows.map((r) => ({ source: r.source, target: r.target, value: 1, relation: r.relation, reasoning: r.reasoning }));
  const narrow = element.clientWidth < 600;
  element.style.height = `${Math.max(560, nodes.size * 24)}px`;
  const chart = drawChart(element, {
    tooltip: {
      trigger: "item",
      confine: true,
      extraCssText: "max-width: min(28rem, 90vw); white-space: normal;",
      formatter: (p) => {
        if (p.dataType === "edge") {
          const d = p.data;
          const head = `${escapeHtml(nodes.get(d.source).label)} → ${escapeHtml(nodes.get(d.target).label)}`;
          const why = d.reasoning ? `<br><em>${escapeHtml(text.reasoning)}:</em> ${escapeHtml(d.reasoning)}` : "";
          return `<b>${escapeHtml(text[d.relation] || d.relation)}</b><br>${head}${why}`;
        }
        return `${escapeHtml(p.data.label)} (${escapeHtml(p.data.strategy)})`;
      },
    },
    series: [{
      type: "sankey",
      left: 8, right: narrow ? 8 : 180, top: 24, bottom: 8,
      nodeAlign: "left",
      draggable: false,
      emphasis: { focus: "adjacency" },
      data: [...nodes.values()],
      links,
      label: { formatter: (p) => markFirst(p.data.label), width: narrow ? 70 : 220, overflow: "truncate", fontSize: narrow ? 10 : 12 },
      lineStyle: { color: "gradient", opacity: 0.35 },
      // The last column's labels go to the left of its nodes on narrow screens, inside the picture.
      levels: narrow ? [{ depth: 3, label: { position: "left" } }] : [],
    }],
  });
  chart.on("click", (p) => {
    if (p.dataType === "node" && pageOf(p.data.name)) window.location.href = pageOf(p.data.name);
  });
  return chart;
}

runView(draw, { loaded: status.loaded, failed: status.failed }).then((chart) => {
  offerPictures(pictureDownloads(chart, element));
  window.lsgraphView = { chart };
});
