package se.lsgraph.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

import se.lsgraph.catalog.ProfileTemplates.Template;

/**
 * Checks a catalogue record against the DCAT-AP-SE templates: for each described class, every
 * instance's mandatory fields (gaps), recommended fields (gaps that may not apply), too many values,
 * and values outside a field's node type, pattern, fixed value or choice list.
 */
public final class ProfileCheck {
    /** The classes DCAT-AP-SE describes, by the id of their template, and the rdf:types that select instances. */
    private static final Map<String, List<String>> ROOTS = new LinkedHashMap<>();
    static {
        ROOTS.put("dcat:Catalog", List.of("http://www.w3.org/ns/dcat#Catalog"));
        ROOTS.put("dcat:Dataset", List.of("http://www.w3.org/ns/dcat#Dataset"));
        ROOTS.put("dcat:Distribution", List.of("http://www.w3.org/ns/dcat#Distribution"));
        ROOTS.put("dcat:DataService", List.of("http://www.w3.org/ns/dcat#DataService"));
        ROOTS.put("dcat:foaf:Agent", List.of("http://xmlns.com/foaf/0.1/Agent", "http://xmlns.com/foaf/0.1/Person",
                "http://xmlns.com/foaf/0.1/Organization"));
        ROOTS.put("dcat:contactPoint", List.of("http://www.w3.org/2006/vcard/ns#Organization",
                "http://www.w3.org/2006/vcard/ns#Individual", "http://www.w3.org/2006/vcard/ns#Kind"));
    }

    public enum Level { MANDATORY, RECOMMENDED, TOO_MANY, NOT_ALLOWED }

    /** One finding: which resource, which field (template label and property), what is wrong. */
    public record Finding(Level level, String resource, String field, String property, String detail) {
        @Override
        public String toString() {
            return level + " " + resource + " " + field + " (" + property + ")" + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    private final ProfileTemplates templates;

    public ProfileCheck(ProfileTemplates templates) {
        this.templates = templates;
    }

    public List<Finding> check(Graph record) {
        List<Finding> out = new ArrayList<>();
        ROOTS.forEach((id, types) -> {
            Template root = templates.template(id);
            for (Node instance : instancesOf(record, types))
                checkFields(record, instance, root.items(), out);
        });
        return out;
    }

    private static List<Node> instancesOf(Graph g, List<String> types) {
        List<Node> out = new ArrayList<>();
        for (String type : types)
            g.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(type)).forEachRemaining(t -> {
                if (!out.contains(t.getSubject()))
                    out.add(t.getSubject());
            });
        return out;
    }

    private void checkFields(Graph g, Node subject, List<Template> fields, List<Finding> out) {
        Map<String, List<Template>> byProperty = new LinkedHashMap<>();
        for (Template f : fields)
            for (Template leaf : leaves(f))
                byProperty.computeIfAbsent(leaf.property(), k -> new ArrayList<>()).add(leaf);
        for (Template f : fields)
            checkCardinality(g, subject, f, out);
        // A value no template of its property accepts is outside the profile.
        byProperty.forEach((property, leaves) -> {
            for (Node value : values(g, subject, property))
                if (leaves.stream().noneMatch(l -> accepts(l, value)))
                    out.add(new Finding(Level.NOT_ALLOWED, subject.toString(), leaves.get(0).label(), property, "value " + value));
        });
    }

    private void checkCardinality(Graph g, Node subject, Template field, List<Finding> out) {
        List<Template> leaves = leaves(field);
        if (leaves.isEmpty() || !applies(g, subject, field))
            return;
        List<Node> accepted = new ArrayList<>();
        for (Template leaf : leaves)
            for (Node v : values(g, subject, leaf.property()))
                if (accepts(leaf, v) && !accepted.contains(v))
                    accepted.add(v);
        String property = leaves.get(0).property();
        if (accepted.size() < field.min())
            out.add(new Finding(Level.MANDATORY, subject.toString(), field.label(), property, "missing"));
        else if (accepted.isEmpty() && field.pref() > 0)
            out.add(new Finding(Level.RECOMMENDED, subject.toString(), field.label(), property, "missing"));
        if (accepted.size() > field.max())
            out.add(new Finding(Level.TOO_MANY, subject.toString(), field.label(), property, accepted.size() + " values"));
        if (field.isGroup() && field.property() != null)
            for (Node v : accepted)
                if (!v.isLiteral())
                    checkFields(g, v, field.items(), out);
    }

    private static boolean applies(Graph g, Node subject, Template field) {
        if (!field.isConditional())
            return true;
        String value = field.dependsOn().get(1);
        return values(g, subject, field.dependsOn().get(0)).stream().anyMatch(v -> v.isURI() && v.getURI().equals(value));
    }

    /** The templates that state a property: the field itself, or the alternatives of a group without one. */
    private static List<Template> leaves(Template field) {
        if (field.property() != null)
            return List.of(field);
        List<Template> out = new ArrayList<>();
        for (Template item : field.items())
            out.addAll(leaves(item));
        return out;
    }

    private static List<Node> values(Graph g, Node subject, String property) {
        List<Node> out = new ArrayList<>();
        g.find(subject, NodeFactory.createURI(property), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private static boolean accepts(Template t, Node value) {
        if (!nodeTypeAccepts(t.nodeType(), value))
            return false;
        String text = value.isLiteral() ? value.getLiteralLexicalForm() : value.toString();
        if (t.fixedValue() != null && !t.fixedValue().equals(text))
            return false;
        if (!t.choices().isEmpty() && !t.choices().contains(text))
            return false;
        return t.pattern() == null || java.util.regex.Pattern.compile(t.pattern()).matcher(text).find();
    }

    private static boolean nodeTypeAccepts(String nodeType, Node v) {
        if (nodeType == null)
            return true;
        return switch (nodeType) {
            case "URI" -> v.isURI();
            case "RESOURCE" -> v.isURI() || v.isBlank();
            case "LITERAL" -> v.isLiteral();
            case "ONLY_LITERAL" -> v.isLiteral() && v.getLiteralLanguage().isEmpty()
                    && v.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string");
            case "LANGUAGE_LITERAL" -> v.isLiteral() && !v.getLiteralLanguage().isEmpty();
            case "DATATYPE_LITERAL" -> v.isLiteral() && v.getLiteralLanguage().isEmpty();
            default -> true;
        };
    }
}
