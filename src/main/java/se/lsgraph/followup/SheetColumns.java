package se.lsgraph.followup;

import java.util.List;

/** The columns of the two sheets of the follow-up template (documented in docs/follow-up.md). */
final class SheetColumns {
    static final List<String> MEASURES = List.of("plan_id", "plan_name", "plan_start", "plan_end", "plan_source",
            "measure_id", "measure_name", "responsible", "partners", "serves", "start", "end", "status",
            "budget_sek", "source");
    static final List<String> VALUES = List.of("indicator_id", "indicator_name", "unit", "measure_id", "year",
            "area", "actor", "value", "target", "source");

    private SheetColumns() {}
}
