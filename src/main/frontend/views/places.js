// What is where: places nested by the place they lie within (counties > municipalities > areas),
// each with the organisations and offerings located there, as a nested list and as a treemap
// sized by what is there (the place itself and its parts).
import { runView, offerPictures, pageOf, labels } from "../lib/view.js";
import { drawChart, pictureDownloads } from "../lib/echarts-picture.js";

const element = document.getElementById("picture");
const text = labels(element);
const status = document.getElementById("view-status").dataset;

function tree(rows) {
  // A place the graph gives no name (without the open data, a curated place may lack its SCB twin's
  // name) is shown by the last segment of its IRI rather than breaking the view.
  const byIri = new Map(rows.map((r) => [r.place,
    { ...r, placeLabel: r.placeLabel || r.place.slice(r.place.lastIndexOf("/") + 1), children: [] }]));
  const roots = [];
  for (const place of byIri.values()) {
    const parent = place.parent && byIri.get(place.parent);
    (parent ? parent.children : roots).push(place);
  }
  const total = (p) => (p.total = p.organisations + p.offerings + p.children.reduce((n, c) => n + total(c), 0));
  roots.forEach(total);
  const order = (list) => list.sort((a, b) => b.total - a.total || a.placeLabel.localeCompare(b.placeLabel)).forEach((p) => order(p.children));
  order(roots);
  return roots;
}

function listItem(place) {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = pageOf(place.place) || "#";
  a.textContent = place.placeLabel;
  const counts = document.createElement("span");
  counts.className = "counts";
  counts.textContent = ` – ${place.organisations} ${text.organisations}, ${place.offerings} ${text.offerings}`;
  li.append(a, counts);
  if (place.children.length) {
    const ul = document.createElement("ul");
    place.children.forEach((c) => ul.appendChild(listItem(c)));
    li.appendChild(ul);
  }
  return li;
}

function treemapData(places) {
  return places.filter((p) => p.total > 0).map((p) => ({
    name: p.placeLabel, iri: p.place, value: p.total,
    own: `${p.organisations} ${text.organisations}, ${p.offerings} ${text.offerings}`,
    children: p.children.length ? treemapData(p.children) : undefined,
  }));
}

function draw({ rows }) {
  const roots = tree(rows);
  const list = document.getElementById("place-tree");
  list.replaceChildren(...roots.map(listItem));
  const chart = drawChart(element, {
    tooltip: { formatter: (p) => `${p.data.name}: ${p.data.own}` },
    series: [{
      type: "treemap", data: treemapData(roots), roam: false, nodeClick: false, breadcrumb: { show: false },
      label: { show: true, formatter: (p) => `${p.name} (${p.value})` },
      upperLabel: { show: true, height: 22 },
      levels: [{ itemStyle: { borderWidth: 2, gapWidth: 2 } }, { itemStyle: { gapWidth: 1 } }],
    }],
  });
  chart.on("click", (p) => {
    if (p.data && pageOf(p.data.iri)) window.location.href = pageOf(p.data.iri);
  });
  return chart;
}

runView(draw, { loaded: status.loaded, failed: status.failed }).then((chart) => {
  offerPictures(pictureDownloads(chart, element));
  window.lsgraphView = { chart };
});
