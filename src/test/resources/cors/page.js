// Runs on the other origin: the lsgraph server is given as ?server=http://127.0.0.1:PORT
const server = new URLSearchParams(location.search).get("server");
const query = 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?label WHERE { ' +
  '<https://w3id.org/lsgraph/id/org/kth> skos:prefLabel ?label FILTER(lang(?label) = "sv") }';
const show = (id, text) => { document.getElementById(id).textContent = text; };
const firstLabel = json => json.results.bindings.map(b => b.label.value).join(", ");

fetch(server + "/lsgraph/sparql?query=" + encodeURIComponent(query), { headers: { Accept: "application/sparql-results+json" } })
  .then(r => r.json()).then(j => show("get", firstLabel(j))).catch(e => show("get", "blocked: " + e));

fetch(server + "/lsgraph/sparql", { method: "POST", body: query,
  headers: { "Content-Type": "application/sparql-query", Accept: "application/sparql-results+json" } })
  .then(r => r.json()).then(j => show("post", firstLabel(j))).catch(e => show("post", "blocked: " + e));

fetch(server + "/lsgraph/update", { method: "POST", body: "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
  headers: { "Content-Type": "application/sparql-update" } })
  .then(r => show("update", "answered " + r.status)).catch(e => show("update", "blocked: " + e.name));
