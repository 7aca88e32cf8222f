package se.lsgraph.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/** Applies a {@link Mapping} to records, sending the triples to a stream. */
final class RecordMapper {
    private static final Pattern FIELD = Pattern.compile("\\{([^}]+)}");

    private final String file;
    private final Mapping mapping;
    private final PrefixMapping prefixes;
    private final List<Node> types = new ArrayList<>();
    private final Map<String, String> firstSeen = new HashMap<>();
    private final StreamRDF out;

    RecordMapper(String file, Mapping mapping, StreamRDF out) {
        this.file = file;
        this.mapping = mapping;
        this.out = out;
        this.prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("lsg", se.lsgraph.vocab.LSG.NS);
        if (mapping.prefixes() != null)
            prefixes.setNsPrefixes(mapping.prefixes());
        if (mapping.types() != null)
            for (String type : mapping.types())
                types.add(NodeFactory.createURI(expand(type)));
    }

    private static String fieldName(String placeholder) {
        return placeholder.startsWith("+") || placeholder.startsWith("~") ? placeholder.substring(1) : placeholder;
    }

    /** Every field the mapping reads: a CSV file must have them all as columns. */
    List<String> fieldsUsed() {
        Set<String> fields = new LinkedHashSet<>(fieldsIn(mapping.subject()));
        for (Mapping.PropertyMapping p : mapping.properties()) {
            if (p.field() != null)
                fields.add(p.field());
            if (p.iri() != null)
                fields.addAll(fieldsIn(p.iri()));
        }
        return new ArrayList<>(fields);
    }

    void map(SourceRecord record) {
        String subjectIri = fill(mapping.subject(), record, false);
        String earlier = firstSeen.putIfAbsent(subjectIri, record.where());
        if (earlier != null && !mapping.subjectsMayRepeat())
            throw new InputRejectedException(file, record.where(),
                    "duplicate identifier " + subjectIri + " (first at " + earlier + ")");
        Node subject = NodeFactory.createURI(subjectIri);
        for (Node type : types)
            out.triple(Triple.create(subject, RDF.type.asNode(), type));
        for (Mapping.PropertyMapping p : mapping.properties())
            for (Node object : objects(p, record))
                out.triple(Triple.create(subject, NodeFactory.createURI(expand(p.predicate())), object));
    }

    private List<Node> objects(Mapping.PropertyMapping p, SourceRecord record) {
        if (p.value() != null)
            return List.of(literal(p, p.value(), record));
        if (p.iri() != null) {
            List<Node> iris = new ArrayList<>();
            for (String iri : fillAll(p.iri(), record, p.isOptional(), p.match()))
                iris.add(NodeFactory.createURI(iri));
            return iris;
        }
        List<String> values = matching(record.values(p.field()), p.match(), p.field(), p.isOptional(), record);
        if (values.isEmpty() && !p.isOptional())
            throw new InputRejectedException(file, record.where(), "required field '" + p.field() + "' is empty");
        List<Node> nodes = new ArrayList<>();
        for (String v : values)
            nodes.add(literal(p, v, record));
        return nodes;
    }

    private Node literal(Mapping.PropertyMapping p, String lexical, SourceRecord record) {
        if (p.lang() != null)
            return NodeFactory.createLiteralLang(lexical, p.lang());
        if (p.datatype() == null)
            return NodeFactory.createLiteralString(lexical);
        RDFDatatype dt = TypeMapper.getInstance().getSafeTypeByName(expand(p.datatype()));
        if (!dt.isValid(lexical))
            throw new InputRejectedException(file, record.where(),
                    "'" + lexical + "' is not a valid " + p.datatype() + " for " + p.predicate());
        return NodeFactory.createLiteralDT(lexical, dt);
    }

    /** Fills a single-valued template (the subject): every field must have exactly one value. */
    private String fill(String template, SourceRecord record, boolean optional) {
        Matcher m = FIELD.matcher(template);
        while (m.find()) {
            int n = record.values(fieldName(m.group(1))).size();
            if (n > 1)
                throw new InputRejectedException(file, record.where(), "field '" + fieldName(m.group(1)) + "' has " + n
                        + " values but the subject needs one");
        }
        List<String> all = fillAll(template, record, optional, null);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Fills a template once for every combination of its fields' values (a JSON field may have
     * several); empty when optional and a field is empty.
     */
    private List<String> fillAll(String template, SourceRecord record, boolean optional, String match) {
        List<String> filled = new ArrayList<>(List.of(""));
        Matcher m = FIELD.matcher(template);
        int last = 0;
        while (m.find()) {
            String literalPart = template.substring(last, m.start());
            List<String> values = matching(record.values(fieldName(m.group(1))), match, fieldName(m.group(1)), optional, record);
            if (values.isEmpty()) {
                if (optional)
                    return List.of();
                throw new InputRejectedException(file, record.where(), "required field '" + fieldName(m.group(1)) + "' is empty");
            }
            List<String> next = new ArrayList<>();
            for (String prefix : filled)
                for (String v : values)
                    next.add(prefix + literalPart + expansion(m.group(1), v, record));
            filled = next;
            last = m.end();
        }
        String tail = template.substring(last);
        List<String> out = new ArrayList<>();
        for (String f : filled)
            out.add(expand(f + tail));
        return out;
    }

    private String expand(String name) {
        if (name.startsWith("http://") || name.startsWith("https://") || name.startsWith("urn:"))
            return name;
        String expanded = prefixes.expandPrefix(name);
        if (expanded.equals(name))
            throw new InputRejectedException(file, null, "unknown prefix in '" + name + "'");
        return expanded;
    }

    /**
     * The values that match the property's pattern, each replaced by the pattern's first group if it
     * has one; a value that does not match rejects the record, or is skipped when the property is optional.
     */
    private List<String> matching(List<String> values, String match, String field, boolean optional, SourceRecord record) {
        if (match == null)
            return values;
        Pattern pattern = Pattern.compile(match);
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            Matcher m = pattern.matcher(v);
            if (m.matches())
                kept.add(m.groupCount() > 0 ? m.group(1) : v);
            else if (!optional)
                throw new InputRejectedException(file, record.where(), "'" + v + "' in field '" + field
                        + "' does not match " + match);
        }
        return kept;
    }

    /**
     * {field} percent-encodes the value as one IRI segment; {~field} makes it a readable slug
     * (see {@link IriSegment#slug}); {+field} inserts it as it is, and it must be an IRI.
     */
    private String expansion(String placeholder, String value, SourceRecord record) {
        if (placeholder.startsWith("~")) {
            String slug = IriSegment.slug(value);
            if (slug.isEmpty())
                throw new InputRejectedException(file, record.where(), "'" + value + "' in field '" + placeholder.substring(1)
                        + "' has no letters or digits to make an identifier from");
            return slug;
        }
        if (!placeholder.startsWith("+"))
            return IriSegment.encode(value);
        if (!value.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+"))
            throw new InputRejectedException(file, record.where(), "'" + value + "' in field '" + placeholder.substring(1)
                    + "' is not an IRI");
        return value;
    }

    private static List<String> fieldsIn(String template) {
        List<String> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(template);
        while (m.find())
            fields.add(fieldName(m.group(1)));
        return fields;
    }
}
