// Catalogue queries in the workbench: a query opens with its parameters bound by a VALUES block at
// the start of its outermost WHERE, each value written as the RDF term of the parameter's type.

/** The federated queries (a parameter naming a SPARQL endpoint) need SERVICE, which the server refuses. */
export function isCommandLineOnly(query) {
  return query.params.some((p) => p.name.endsWith("Endpoint"));
}

export function term(type, value) {
  const v = String(value).trim();
  switch (type) {
    case "iri":
      if (!/^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i.test(v)) throw new Error(`not an IRI: ${v}`);
      return `<${v}>`;
    case "integer":
      if (!/^[+-]?\d{1,18}$/.test(v)) throw new Error(`not an integer: ${v}`);
      return v;
    case "date":
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new Error(`not a date (YYYY-MM-DD): ${v}`);
      return `"${v}"^^<http://www.w3.org/2001/XMLSchema#date>`;
    default:
      return JSON.stringify(v);
  }
}

export function exampleQuery(query, values) {
  const bound = query.params.filter((p) => values[p.name] !== undefined && values[p.name] !== "");
  if (bound.length === 0) return query.sparql;
  const block = bound.map((p) => `  VALUES ?${p.name} { ${term(p.type, values[p.name])} }`).join("\n");
  const where = /\bWHERE\s*\{/i.exec(query.sparql);
  if (!where) return query.sparql;
  const at = where.index + where[0].length;
  return `${query.sparql.slice(0, at)}\n${block}${query.sparql.slice(at)}`;
}
