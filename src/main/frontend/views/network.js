// The network of actors, offerings and strategy areas (cytoscape): filter by kind and by the
// document that states a link; a click on a node opens its page.
import cytoscape from "cytoscape";
import cytoscapeSvg from "cytoscape-svg";
import fcose from "cytoscape-fcose";
import { runView, offerPictures, pageOf, labels, markFirst } from "../lib/view.js";

cytoscape.use(cytoscapeSvg);
cytoscape.use(fcose);

const element = document.getElementById("picture");
const text = labels(element);
const status = document.getElementById("view-status").dataset;
// The first drawing uses the positions the server computed once for the graph (layout.json,
// fetched alongside the data): running a layout in the browser on every visit was most of the time
// to an interactive network. fcose (spectral start, then force-directed; about half the time of
// cytoscape's own cose) lays out what is left after a filter changes, and stands in if the
// positions cannot be had.
// ?layout=browser skips them (the page-load benchmark compares both in one run).
const positions = new URLSearchParams(window.location.search).get("layout") === "browser"
  ? Promise.resolve(null)
  : fetch("/views/network/layout.json", { headers: { Accept: "application/json" } })
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null);
const LAYOUT = { name: "fcose", animate: false, quality: "default", randomize: true, nodeRepulsion: 9000, idealEdgeLength: 60 };
const COLOURS = { organisation: "#1d4f9c", offering: "#b35900", element: "#2e7d32" };

function elements(rows) {
  const nodes = new Map();
  const edges = [];
  rows.forEach((r, i) => {
    nodes.set(r.source, { data: { id: r.source, label: markFirst(r.sourceLabel), kind: r.sourceKind } });
    nodes.set(r.target, { data: { id: r.target, label: markFirst(r.targetLabel), kind: r.targetKind } });
    edges.push({ data: { id: `e${i}`, source: r.source, target: r.target, label: r.relationLabel, document: r.document } });
  });
  return [...nodes.values(), ...edges];
}

function fillFilters(rows, apply) {
  const documents = new Map(rows.map((r) => [r.document, r.documentLabel]));
  const select = document.getElementById("filter-document");
  for (const [iri, label] of documents) {
    const option = document.createElement("option");
    option.value = iri;
    option.textContent = label;
    select.appendChild(option);
  }
  document.getElementById("network-filters").addEventListener("change", apply);
}

async function draw({ rows }) {
  const placed = await positions;
  const first = placed ? { name: "preset", positions: (node) => placed[node.id()] || { x: 0, y: 0 }, fit: true, padding: 20 } : LAYOUT;
  const cy = cytoscape({
    container: element,
    elements: elements(rows),
    wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 9, "text-wrap": "ellipsis", "text-max-width": 110,
        "background-color": (n) => COLOURS[n.data("kind")] || "#555", width: 14, height: 14, color: "#1a1a1a" } },
      { selector: "node[kind = 'offering']", style: { shape: "round-rectangle" } },
      { selector: "node[kind = 'element']", style: { shape: "diamond" } },
      { selector: "edge", style: { width: 1, "line-color": "#999", "curve-style": "bezier", "target-arrow-shape": "triangle",
        "target-arrow-color": "#999", "arrow-scale": 0.6 } },
      { selector: ".hidden", style: { display: "none" } },
    ],
    layout: first,
  });
  cy.on("tap", "node", (e) => {
    const href = pageOf(e.target.id());
    if (href) window.location.href = href;
  });
  const apply = () => {
    const kinds = new Set([...document.querySelectorAll("#network-filters input[name=kind]:checked")].map((i) => i.value));
    const documentIri = document.getElementById("filter-document").value;
    const shown = cy.edges().filter((edge) => (!documentIri || edge.data("document") === documentIri)
      && kinds.has(edge.source().data("kind")) && kinds.has(edge.target().data("kind")));
    // Decided from the data, not from ":visible": inside a batch the styles are not yet updated.
    cy.batch(() => {
      cy.edges().forEach((edge) => edge.toggleClass("hidden", !shown.has(edge)));
      cy.nodes().forEach((node) => node.toggleClass("hidden",
        !kinds.has(node.data("kind")) || node.connectedEdges().intersection(shown).empty()));
    });
    // What is left is laid out anew: in the positions of the whole network it would be scattered.
    cy.elements(":visible").layout(LAYOUT).run();
  };
  fillFilters(rows, apply);
  return cy;
}

runView(draw, { loaded: status.loaded, failed: status.failed }).then((cy) => {
  offerPictures({
    png: () => cy.png({ full: true, scale: 2, bg: "#fff" }),
    svg: () => URL.createObjectURL(new Blob([cy.svg({ full: true, bg: "#fff" })], { type: "image/svg+xml" })),
  });
  window.lsgraphView = { cy, text };
});
