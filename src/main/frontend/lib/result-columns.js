// The columns of a SELECT result as the chart and pivot plugins see them: which variables hold
// numbers in every row, which hold categories, and the text of one value (prefixed where the
// query declares a prefix for it).

const NUMERIC = /^http:\/\/www\.w3\.org\/2001\/XMLSchema#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|nonPositiveInteger|negativeInteger|unsignedLong|unsignedInt|unsignedShort|unsignedByte)$/;

function isNumber(value) {
  return value && value.type !== "uri" && NUMERIC.test(value.datatype || "") && Number.isFinite(Number(value.value));
}

/** Variables bound to a number in every row. */
export function numericVariables(variables, bindings) {
  return variables.filter((v) => bindings.length > 0 && bindings.every((b) => isNumber(b[v])));
}

/**
 * Variables that are not numbers in every row: those with texts first (they read as names), then
 * IRIs, then numbers with gaps (a position left out in some rows).
 */
export function categoryVariables(variables, bindings) {
  const numeric = new Set(numericVariables(variables, bindings));
  const others = variables.filter((v) => !numeric.has(v));
  const rank = (v) => {
    const values = bindings.map((b) => b[v]).filter(Boolean);
    if (values.some((x) => x.type !== "uri" && !isNumber(x))) return 0;
    return values.some((x) => x.type === "uri") ? 1 : 2;
  };
  return [0, 1, 2].flatMap((r) => others.filter((v) => rank(v) === r));
}

export function distinctCount(variable, bindings, prefixes) {
  return new Set(bindings.map((b) => text(b[variable], prefixes))).size;
}

/** The text of a value: a literal's lexical form, an IRI prefixed where a prefix of the query fits it. */
export function text(value, prefixes) {
  if (!value) return "";
  if (value.type !== "uri") return value.value;
  for (const [prefix, namespace] of Object.entries(prefixes || {}))
    if (namespace && value.value.startsWith(namespace) && value.value.length > namespace.length)
      return `${prefix}:${value.value.slice(namespace.length)}`;
  return value.value;
}

export function number(value) {
  return isNumber(value) ? Number(value.value) : 0;
}

/** A labelled select of variable names, calling back with the chosen name. */
export function variableSelect(label, variables, selected, onChange, extra = []) {
  const wrap = document.createElement("label");
  wrap.className = "lsgraph-plugin-control";
  wrap.append(label + " ");
  const select = document.createElement("select");
  for (const [value, name] of [...extra, ...variables.map((v) => [v, "?" + v])]) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = name;
    option.selected = value === selected;
    select.append(option);
  }
  select.addEventListener("change", () => onChange(select.value));
  wrap.append(select);
  return wrap;
}

export function csvLine(cells) {
  return cells.map((c) => {
    const s = String(c);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(",");
}
