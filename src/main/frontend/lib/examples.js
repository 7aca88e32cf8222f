// Catalogue queries in the workbench: a query opens with its parameters bound by the server, as the
// query API binds them (each value in place of its variable, and a VALUES block for the clauses
// outside the pattern), so the text in the editor gives the rows /api/queries gives.

/** The federated queries (a parameter naming a SPARQL endpoint) need SERVICE, which the server refuses. */
export function isCommandLineOnly(query) {
  return query.params.some((p) => p.name.endsWith("Endpoint"));
}

/** The query's text with these values in place; its own text when no value is given. */
export async function exampleQuery(query, values) {
  const bound = query.params.filter((p) => values[p.name] !== undefined && String(values[p.name]).trim() !== "");
  if (bound.length === 0) return query.sparql;
  const url = new URL(`/api/queries/${encodeURIComponent(query.name)}`, window.location.origin);
  url.searchParams.set("format", "sparql");
  for (const p of bound) url.searchParams.set(p.name, String(values[p.name]).trim());
  const answer = await fetch(url);
  const body = await answer.text();
  if (!answer.ok) throw new Error(errorOf(body, answer.status));
  return body;
}

function errorOf(body, status) {
  try {
    return JSON.parse(body).error || `HTTP ${status}`;
  } catch {
    return `HTTP ${status}`;
  }
}
