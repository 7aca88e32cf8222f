package se.lsgraph.server.pages;

import static se.lsgraph.server.pages.Bindings.isTrue;
import static se.lsgraph.server.pages.Bindings.label;
import static se.lsgraph.server.pages.Bindings.lang;
import static se.lsgraph.server.pages.Bindings.term;
import static se.lsgraph.server.pages.Bindings.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.sparql.engine.binding.Binding;

/** Consultation points grouped under their headings, in the order of the summary. */
final class ConsultationPoints {
    private ConsultationPoints() {}

    static List<PointGroup> of(List<Binding> rows, Language language) {
        Map<String, Term> headings = new LinkedHashMap<>();
        Map<String, Map<String, PointGroup.Point>> points = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Binding b : rows) {
            String statement = text(b, "statement");
            String heading = text(b, "heading") == null ? "" : text(b, "heading");
            if (!seen.add(heading + " " + statement))
                continue;
            if (!heading.isEmpty())
                headings.computeIfAbsent(heading, h -> term(b, "heading", language));
            String[] topic = label(b, "topicSv", "topicEn", language);
            PointGroup.Point point = new PointGroup.Point(
                    text(b, "text") == null ? null : Term.text(text(b, "text"), lang(b, "text")),
                    topic[0] == null ? null : topic(topic, isTrue(b, "topicEnByLsgraph")),
                    text(b, "body") == null ? null : term(b, "body", language),
                    SafeLink.href(statement));
            points.computeIfAbsent(heading, h -> new LinkedHashMap<>()).putIfAbsent(statement, point);
        }
        List<PointGroup> out = new ArrayList<>();
        points.forEach((heading, list) -> out.add(new PointGroup(
                heading.isEmpty() ? null : headings.get(heading),
                heading.isEmpty() ? "heading-none" : "heading-" + Term.shortName(heading),
                List.copyOf(list.values()))));
        return out;
    }

    /** The topic in the reader's language; an English one no official graph states is marked as lsgraph's. */
    private static Term topic(String[] label, boolean englishByLsgraph) {
        Term topic = Term.text(label[0], label[1]);
        return "en".equals(label[1]) && englishByLsgraph ? topic.markedByLsgraph() : topic;
    }
}
