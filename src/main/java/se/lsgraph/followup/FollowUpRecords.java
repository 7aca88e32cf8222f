package se.lsgraph.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.lsgraph.load.InputRejectedException;
import se.lsgraph.vocab.Ids;

/**
 * Turns the rows of the two sheets into the records the follow-up mappings read: one action plan,
 * its measures, its indicators and their yearly values, with every name resolved to an IRI of the
 * graph. Cells are checked here so that a bad cell is reported by file, line and column; the rules
 * between resources (a responsible actor, a source, the unit, the plan's period) are SHACL's.
 */
final class FollowUpRecords {
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final String YEAR = "\\d{4}";
    private static final String IRI = "https?://[^\\s<>\"{}|\\\\^`]+";
    private static final Set<String> STATUSES = Set.of("planned", "ongoing", "done", "stopped");
    private static final Set<String> ACTORS = Set.of();
    private static final Set<String> SERVED = Set.of("need", "area", "goal");
    private static final Set<String> AREAS = Set.of("area");

    final ArrayNode plans = JsonNodeFactory.instance.arrayNode();
    final ArrayNode measures = JsonNodeFactory.instance.arrayNode();
    final ArrayNode indicators = JsonNodeFactory.instance.arrayNode();
    final ArrayNode values = JsonNodeFactory.instance.arrayNode();
    private String planId;

    private final NameIndex actors;
    private final NameIndex elements;
    private final List<Unmatched.Name> unmatched = new ArrayList<>();
    private final Map<String, String> measureIris = new LinkedHashMap<>();
    private final Map<String, ObjectNode> indicatorsById = new LinkedHashMap<>();

    FollowUpRecords(NameIndex actors, NameIndex elements) {
        this.actors = actors;
        this.elements = elements;
    }

    /** The plan's identifier, which also names the graph of the load. */
    String planId() {
        return planId;
    }

    /** Reads both sheets; throws {@link Unmatched} listing every name that did not match. */
    FollowUpRecords read(List<Sheet.Row> measureRows, List<Sheet.Row> valueRows) {
        if (measureRows.isEmpty())
            throw new InputRejectedException("measures sheet", null, "has no measures (only the header or empty rows)");
        ObjectNode plan = plan(measureRows);
        plans.add(plan);
        for (Sheet.Row row : measureRows)
            measures.add(measure(row, plan.get("plan").asText()));
        for (Sheet.Row row : valueRows)
            values.add(value(row));
        indicatorsById.values().forEach(indicators::add);
        if (!unmatched.isEmpty())
            throw new Unmatched(unmatched);
        return this;
    }

    /** The plan columns repeat on every row or are left empty after the first; they may not differ. */
    private ObjectNode plan(List<Sheet.Row> rows) {
        ObjectNode plan = JsonNodeFactory.instance.objectNode();
        for (Sheet.Row row : rows)
            for (String[] c : new String[][] {{"plan_id", "id"}, {"plan_name", "name"}, {"plan_start", "start"},
                    {"plan_end", "end"}, {"plan_source", "source"}}) {
                String cell = row.get(c[0]);
                if (cell.isEmpty())
                    continue;
                if (plan.has(c[1]) && !plan.get(c[1]).asText().equals(cell))
                    throw row.reject(c[0], "'" + cell + "' differs from '" + plan.get(c[1]).asText()
                            + "' above; one sheet holds one action plan");
                plan.put(c[1], cell);
            }
        Sheet.Row first = rows.get(0);
        for (String column : List.of("plan_id", "plan_name", "plan_start", "plan_end", "plan_source"))
            if (!plan.has(column.substring(5)))
                throw first.reject(column, "is empty; the plan needs it on the first row");
        planId = checked(first, "plan_id", plan.get("id").asText(), "[a-z0-9][a-z0-9-]*",
                "must be lower-case letters, digits and hyphens (it names the graph)");
        checked(first, "plan_start", plan.get("start").asText(), YEAR, "must be a year (YYYY)");
        checked(first, "plan_end", plan.get("end").asText(), YEAR, "must be a year (YYYY)");
        checked(first, "plan_source", plan.get("source").asText(), IRI, "must be a web address (http or https)");
        plan.put("plan", Ids.RESOURCE + "plan/" + planId);
        return plan;
    }

    private ObjectNode measure(Sheet.Row row, String planIri) {
        ObjectNode m = JsonNodeFactory.instance.objectNode();
        String id = checked(row, "measure_id", required(row, "measure_id"), ID, "must be letters, digits, '.', '_' or '-'");
        String iri = Ids.RESOURCE + "measure/" + planId + "/" + id;
        if (measureIris.putIfAbsent(id, iri) != null)
            throw row.reject("measure_id", "'" + id + "' appears twice in the measures sheet");
        m.put("measure", iri).put("id", id).put("plan", planIri).put("name", required(row, "measure_name"));
        m.set("responsible", resolveAll(row, "responsible", actors, ACTORS));
        m.set("partners", resolveAll(row, "partners", actors, ACTORS));
        m.set("serves", resolveAll(row, "serves", elements, SERVED));
        putOptional(m, "start", checkedOptional(row, "start", YEAR, "must be a year (YYYY)"));
        putOptional(m, "end", checkedOptional(row, "end", YEAR, "must be a year (YYYY)"));
        String status = row.get("status");
        if (!status.isEmpty() && !STATUSES.contains(status))
            throw row.reject("status", "'" + status + "' is not one of planned, ongoing, done, stopped");
        putOptional(m, "status", status);
        putOptional(m, "budget", decimal(row, "budget_sek"));
        m.put("source", checked(row, "source", required(row, "source"), IRI, "must be a web address (http or https)"));
        return m;
    }

    private ObjectNode value(Sheet.Row row) {
        String indicatorId = checked(row, "indicator_id", required(row, "indicator_id"), ID,
                "must be letters, digits, '.', '_' or '-'");
        String unit = checked(row, "unit", required(row, "unit"), "[A-Za-z0-9_-]+", "must be a QUDT unit code such as NUM or PERCENT");
        ObjectNode indicator = indicator(row, indicatorId, unit);
        String year = checked(row, "year", required(row, "year"), YEAR, "must be a year (YYYY)");
        String area = resolveOne(row, "area", elements, AREAS);
        String actor = resolveOne(row, "actor", actors, ACTORS);
        ObjectNode v = JsonNodeFactory.instance.objectNode();
        v.put("observation", indicator.get("indicator").asText() + "/" + year + "/" + localName(area) + "/" + localName(actor));
        v.put("indicator", indicator.get("indicator").asText()).put("year", year).put("unit", unit);
        putOptional(v, "area", area);
        putOptional(v, "actor", actor);
        putOptional(v, "value", decimal(row, "value"));
        putOptional(v, "target", decimal(row, "target"));
        putOptional(v, "source", checkedOptional(row, "source", IRI, "must be a web address (http or https)"));
        return v;
    }

    /** The first row of an indicator gives its name, unit and measure; later rows may not differ in name or measure. */
    private ObjectNode indicator(Sheet.Row row, String id, String unit) {
        String measureId = row.get("measure_id");
        ObjectNode known = indicatorsById.get(id);
        if (known != null) {
            String name = row.get("indicator_name");
            if (!name.isEmpty() && !name.equals(known.get("name").asText()))
                throw row.reject("indicator_name", "'" + name + "' differs from '" + known.get("name").asText() + "' above");
            if (!measureId.isEmpty() && !measureIris.getOrDefault(measureId, "").equals(known.get("measure").asText()))
                throw row.reject("measure_id", "'" + measureId + "' differs from the measure given for this indicator above");
            return known;
        }
        String measure = measureIris.get(required(row, "measure_id"));
        if (measure == null)
            throw row.reject("measure_id", "'" + measureId + "' is not a measure_id of the measures sheet");
        ObjectNode indicator = JsonNodeFactory.instance.objectNode();
        indicator.put("indicator", Ids.RESOURCE + "indicator/" + planId + "/" + id).put("id", id)
                .put("name", required(row, "indicator_name")).put("unit", unit).put("measure", measure)
                .put("source", plans.get(0).get("source").asText());
        indicatorsById.put(id, indicator);
        return indicator;
    }

    private ArrayNode resolveAll(Sheet.Row row, String column, NameIndex index, Set<String> kinds) {
        ArrayNode iris = JsonNodeFactory.instance.arrayNode();
        for (String name : row.list(column)) {
            String iri = resolve(row, column, name, index, kinds);
            if (iri != null)
                iris.add(iri);
        }
        return iris;
    }

    private String resolveOne(Sheet.Row row, String column, NameIndex index, Set<String> kinds) {
        String name = row.get(column);
        return name.isEmpty() ? "" : resolve(row, column, name, index, kinds);
    }

    private String resolve(Sheet.Row row, String column, String name, NameIndex index, Set<String> kinds) {
        List<String> found = index.match(name, kinds);
        if (found.size() == 1)
            return found.get(0);
        unmatched.add(new Unmatched.Name(row.file(), row.line(), column, name, found));
        return null;
    }

    private static String required(Sheet.Row row, String column) {
        String cell = row.get(column);
        if (cell.isEmpty())
            throw row.reject(column, "is empty but required");
        return cell;
    }

    private static String checked(Sheet.Row row, String column, String cell, String pattern, String rule) {
        if (!cell.matches(pattern))
            throw row.reject(column, "'" + cell + "' " + rule);
        return cell;
    }

    private static String checkedOptional(Sheet.Row row, String column, String pattern, String rule) {
        String cell = row.get(column);
        return cell.isEmpty() ? "" : checked(row, column, cell, pattern, rule);
    }

    /** A number with a decimal point or comma; spaces between thousands are allowed. */
    private static String decimal(Sheet.Row row, String column) {
        String cell = row.get(column).replace(" ", "").replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (cell.isEmpty())
            return "";
        try {
            return new BigDecimal(cell).toPlainString();
        } catch (NumberFormatException e) {
            throw row.reject(column, "'" + row.get(column) + "' is not a number");
        }
    }

    private static void putOptional(ObjectNode node, String key, String value) {
        if (value != null && !value.isEmpty())
            node.put(key, value);
    }

    private static String localName(String iri) {
        return iri == null || iri.isEmpty() ? "all" : iri.substring(iri.lastIndexOf('/') + 1);
    }
}
