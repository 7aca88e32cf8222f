package se.lsgraph.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import se.lsgraph.vocab.GEO;
import se.lsgraph.vocab.LSG;
import se.lsgraph.vocab.SCHEMA;

/**
 * The rows of the finder's five reading queries (search-entry-point-texts, search-entry-point-cards,
 * entry-point-filters, search-region-said-texts, search-region-said-cards: the .rq files are the
 * specification, StoreWalkTest checks that both give the same rows), computed by walking the store's
 * union graph from each hit with index lookups instead of letting the query planner join them. At a
 * million quads the planner's joins took minutes (the texts query alone did not finish in ten);
 * the walk visits each hit once and what it links to (places, operators, services: looked up once
 * each and kept), so it costs in proportion to the hits. A full build walks the hits in batches
 * ({@link #entryPointsInBatches}) with one walk: it keeps the lookups of the resources used most
 * recently, at most {@link #LOOKUPS_KEPT} of each kind ({@link RecentLookups}), so the labels every
 * batch needs are read once and its memory does not grow with the store.
 */
final class StoreWalk {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node ALT = SKOS.altLabel.asNode();
    private static final Node HIDDEN = SKOS.hiddenLabel.asNode();
    private static final Node NOTATION = SKOS.notation.asNode();
    private static final Node DEFINITION = SKOS.definition.asNode();
    private static final Node BROADER = SKOS.broader.asNode();
    private static final Node SOURCE = DCTerms.source.asNode();
    private static final Node PART_OF = DCTerms.isPartOf.asNode();
    private static final List<Node> OWN_NAMES = List.of(PREF, ALT, HIDDEN, LABEL, NOTATION);
    private static final List<Node> DESCRIPTIONS = List.of(DCTerms.description.asNode(), DEFINITION, SCHEMA.description);
    private static final List<Node> CONCEPT_NAMES = List.of(PREF, ALT, HIDDEN);
    private static final List<Node> OPERATOR_NAMES = List.of(PREF, ALT, HIDDEN, NOTATION);
    private static final List<Node> PLACE_NAMES = List.of(PREF, ALT, LABEL);
    private static final List<Node> SAID_DESCRIPTIONS = List.of(LSG.statementText.asNode(), DEFINITION,
            DCTerms.description.asNode(), LSG.quote.asNode(), LSG.currentState.asNode(), LSG.desiredState.asNode(),
            LSG.developmentNeedsText.asNode(), LSG.regionalStrengths.asNode());
    private static final List<Node> SAID_CARD_TEXTS = List.of(LSG.statementText.asNode(), DEFINITION, LSG.quote.asNode());

    /** The rows of each reading query, by query name, as the SPARQL query gives them (DISTINCT). */
    record Rows(List<Binding> entryTexts, List<Binding> entryCards, List<Binding> entryFilters, List<Binding> saidTexts,
            List<Binding> saidCards) {}

    private final Graph g;
    private final Set<Node> entryClasses;
    private final Set<Node> documentClasses;
    private final Set<Node> saidKinds = new LinkedHashSet<>();
    private final int lookupsKept;
    private final RecentLookups<Node, Set<Node>> superclasses;
    private final Map<Node, RecentLookups<Node, Set<Node>>> closures = new HashMap<>();
    private final RecentLookups<Node, String[]> svEn;
    private final RecentLookups<Node, String[]> twinSvEn;

    /**
     * Lookups kept of each kind (labels, twin labels, superclasses, closures by each predicate):
     * about 200 bytes each, so at most about 14 MB for the seven kinds, and far more than the
     * resources a batch of hits shares (statuses, kinds, places, operators).
     */
    static final int LOOKUPS_KEPT = 10_000;

    StoreWalk(Graph unionGraph) {
        this(unionGraph, LOOKUPS_KEPT);
    }

    /** @param lookupsKept how many lookups of each kind the walk keeps (see {@link RecentLookups}) */
    StoreWalk(Graph unionGraph, int lookupsKept) {
        this.g = unionGraph;
        this.lookupsKept = lookupsKept;
        this.superclasses = new RecentLookups<>(lookupsKept);
        this.svEn = new RecentLookups<>(lookupsKept);
        this.twinSvEn = new RecentLookups<>(lookupsKept);
        this.entryClasses = subclassesOf(List.of(LSG.Offering.asNode(), LSG.InnovationEnvironment.asNode()));
        this.documentClasses = subclassesOf(List.of(LSG.Document.asNode()));
        LSG.REGION_SAID_KINDS.forEach(k -> saidKinds.add(k.asNode()));
    }

    /** Every hit of the store: the entry points (instances of a kind of offering or innovation environment) and what the region said. */
    Set<Node> entryPoints() {
        return instancesOf(entryClasses);
    }

    Set<Node> regionSaid() {
        return instancesOf(saidKinds);
    }

    /**
     * The entry points, {@code size} at a time, each once, streamed from the store's type index (not
     * collected first: a store may hold millions).
     */
    void entryPointsInBatches(int size, Consumer<List<Node>> batch) {
        // A resource that is also a thing the region said is one hit, read as that (as a re-read
        // writes it): each hit is handed on once, so a new index can add, not update, its documents.
        instancesInBatches(entryClasses, saidKinds, size, batch);
    }

    void regionSaidInBatches(int size, Consumer<List<Node>> batch) {
        instancesInBatches(saidKinds, Set.of(), size, batch);
    }

    /** How many lookups the walk keeps now, of all kinds (at most {@link #LOOKUPS_KEPT} of each). */
    int lookupsKept() {
        return superclasses.size() + svEn.size() + twinSvEn.size()
                + closures.values().stream().mapToInt(RecentLookups::size).sum();
    }

    /**
     * The rows of these hits (others among them are skipped), checking the budget every thousand
     * hits; {@code phase} hears when the walk turns to what the region said, {@code progress} how
     * many hits of all are done.
     */
    Rows rows(Collection<Node> entryPoints, Collection<Node> said, BuildBudget budget, Consumer<String> phase,
            Consumer<long[]> progress) {
        Rows rows = new Rows(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        long done = 0;
        long total = entryPoints.size() + said.size();
        for (Node item : entryPoints) {
            if (isEntryPoint(item)) {
                entryTexts(item, rows.entryTexts());
                entryCard(item, rows.entryCards());
                entryFilters(item, rows.entryFilters());
            }
            done = step(done, total, budget, progress);
        }
        phase.accept("reading what the region said");
        for (Node item : said) {
            if (isRegionSaid(item)) {
                saidTexts(item, rows.saidTexts());
                saidCard(item, rows.saidCards());
            }
            done = step(done, total, budget, progress);
        }
        return rows;
    }

    private static long step(long done, long total, BuildBudget budget, Consumer<long[]> progress) {
        if (++done % 1000 == 0) {
            budget.check();
            progress.accept(new long[] {done, total});
        }
        return done;
    }

    boolean isEntryPoint(Node item) {
        return types(item).stream().anyMatch(entryClasses::contains);
    }

    boolean isRegionSaid(Node item) {
        return types(item).stream().anyMatch(saidKinds::contains);
    }

    // --- search-entry-point-texts.rq

    private void entryTexts(Node item, List<Binding> out) {
        Set<List<Node>> rows = new LinkedHashSet<>();
        texts(rows, "name", item, item, OWN_NAMES);
        texts(rows, "description", item, item, DESCRIPTIONS);
        texts(rows, "keyword", item, item, List.of(SCHEMA.keywords));
        for (Node offer : objects(item, LSG.offers.asNode()))
            texts(rows, "offer", item, offer, CONCEPT_NAMES);
        for (Node kind : types(item))
            if (entryClasses.contains(kind))
                texts(rows, "kind", item, kind, List.of(LABEL));
        for (Node audience : objects(item, LSG.intendedFor.asNode()))
            texts(rows, "audience", item, audience, CONCEPT_NAMES);
        for (Node area : objects(item, LSG.servesArea.asNode()))
            texts(rows, "area", item, area, List.of(PREF, ALT));
        for (Node operator : objects(item, LSG.operatedBy.asNode()))
            for (Node above : closure(operator, ORG.subOrganizationOf.asNode()))
                texts(rows, "operator", item, above, OPERATOR_NAMES);
        for (Node at : objects(item, List.of(LSG.locatedIn.asNode(), DCTerms.spatial.asNode())))
            for (Node place : closure(at, GEO.sfWithin))
                texts(rows, "place", item, place, PLACE_NAMES);
        for (Node operator : objects(item, LSG.operatedBy.asNode()))
            for (Node at : objects(operator, LSG.locatedIn.asNode()))
                for (Node place : closure(at, GEO.sfWithin))
                    texts(rows, "operatorPlace", item, place, PLACE_NAMES);
        rows.forEach(r -> out.add(binding("item", r.get(0), "role", r.get(1), "text", r.get(2), "via", r.get(3))));
    }

    private void texts(Set<List<Node>> rows, String role, Node item, Node via, List<Node> predicates) {
        Node roleNode = NodeFactory.createLiteralString(role);
        for (Node text : objects(via, predicates))
            if (text.isLiteral())
                rows.add(List.of(item, roleNode, text, via));
    }

    // --- search-entry-point-cards.rq

    private void entryCard(Node item, List<Binding> out) {
        Map<String, Set<Node>> fields = new java.util.LinkedHashMap<>();
        if (!objects(item, PREF).isEmpty())
            add(fields, "label", item);
        for (Node kind : types(item))
            if (inOntology(kind))
                add(fields, "kind", kind);
        field(fields, "owner", item, LSG.operatedBy.asNode());
        field(fields, "proposedBy", item, LSG.proposedBy.asNode());
        field(fields, "place", item, LSG.locatedIn.asNode());
        field(fields, "offer", item, LSG.offers.asNode());
        field(fields, "area", item, LSG.servesArea.asNode());
        field(fields, "audience", item, LSG.intendedFor.asNode());
        field(fields, "status", item, LSG.status.asNode());
        field(fields, "wayIn", item, LSG.wayIn.asNode());
        field(fields, "source", item, SOURCE);
        documents(fields, item);
        for (Node source : objects(item, SOURCE))
            if (types(source).contains(FOAF.Document.asNode()))
                add(fields, "document", source);
        cardRows(item, fields, out);
    }

    /** The documents a hit's sources are sections of. */
    private void documents(Map<String, Set<Node>> fields, Node item) {
        for (Node source : objects(item, SOURCE))
            for (Node doc : objects(source, PART_OF))
                if (superclassesOfTypes(doc).stream().anyMatch(documentClasses::contains))
                    add(fields, "document", doc);
    }

    private void cardRows(Node item, Map<String, Set<Node>> fields, List<Binding> out) {
        fields.forEach((field, values) -> {
            Node fieldNode = NodeFactory.createLiteralString(field);
            for (Node value : values) {
                String[] labels = value.isLiteral() ? new String[2] : svEn(value);
                out.add(binding("item", item, "field", fieldNode, "value", value, "sv", literal(labels[0], "sv"),
                        "en", literal(labels[1], "en")));
            }
        });
    }

    private void field(Map<String, Set<Node>> fields, String field, Node item, Node predicate) {
        for (Node value : objects(item, predicate))
            add(fields, field, value);
    }

    private static void add(Map<String, Set<Node>> fields, String field, Node value) {
        fields.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(value);
    }

    // --- entry-point-filters.rq

    private void entryFilters(Node item, List<Binding> out) {
        Map<String, Set<Node>> facets = new java.util.LinkedHashMap<>();
        for (Node kind : superclassesOfTypes(item))
            if (inOntology(kind))
                add(facets, "kind", kind);
        for (Node area : objects(item, LSG.servesArea.asNode()))
            closure(area, BROADER).forEach(a -> add(facets, "area", a));
        for (Node place : objects(item, LSG.locatedIn.asNode()))
            closure(place, GEO.sfWithin).forEach(p -> add(facets, "place", p));
        for (Node status : objects(item, LSG.status.asNode()))
            add(facets, "status", status);
        facets.forEach((facet, values) -> {
            Node facetNode = NodeFactory.createLiteralString(facet);
            for (Node value : values) {
                if (!value.isURI())
                    continue;
                String[] own = svEn(value);
                boolean named = own[0] != null && own[1] != null;
                String[] twin = named ? new String[2] : twinSvEn(value);
                // ?twin (not in the query) is the place whose name is shown: renaming it re-reads this hit
                out.add(binding("offering", item, "facet", facetNode, "value", value,
                        "sv", literal(own[0] != null ? own[0] : twin[0], "sv"), "en", literal(own[1] != null ? own[1] : twin[1], "en"),
                        "twin", named ? null : twins(value).stream().findFirst().orElse(null)));
            }
        });
    }

    /** The preferred labels of the places tied to this one as the same area (each lies within the other). */
    private String[] twinSvEn(Node place) {
        return twinSvEn.get(place, p -> {
            String[] out = new String[2];
            for (Node twin : twins(p))
                for (Node l : objects(twin, PREF))
                    keepFirst(out, l);
            return out;
        });
    }

    private List<Node> twins(Node place) {
        List<Node> out = new ArrayList<>();
        for (Node other : objects(place, GEO.sfWithin))
            if (objects(other, GEO.sfWithin).contains(place))
                out.add(other);
        return out;
    }

    // --- search-region-said-texts.rq and search-region-said-cards.rq

    private void saidTexts(Node item, List<Binding> out) {
        Set<List<Node>> rows = new LinkedHashSet<>();
        texts(rows, "name", item, item, List.of(PREF, ALT));
        texts(rows, "description", item, item, SAID_DESCRIPTIONS);
        for (Node topic : objects(item, LSG.topic.asNode()))
            texts(rows, "area", item, topic, List.of(PREF));
        for (Node body : objects(item, List.of(LSG.raisedBy.asNode(), LSG.consultedBody.asNode())))
            texts(rows, "operator", item, body, List.of(PREF, ALT));
        rows.forEach(r -> out.add(binding("item", r.get(0), "role", r.get(1), "text", r.get(2), "via", r.get(3))));
    }

    private void saidCard(Node item, List<Binding> out) {
        Map<String, Set<Node>> fields = new java.util.LinkedHashMap<>();
        if (!objects(item, PREF).isEmpty())
            add(fields, "label", item);
        for (Node kind : types(item))
            if (saidKinds.contains(kind))
                add(fields, "kind", kind);
        for (Node text : objects(item, SAID_CARD_TEXTS))
            add(fields, "text", text);
        field(fields, "topic", item, LSG.topic.asNode());
        field(fields, "raisedBy", item, LSG.raisedBy.asNode());
        documents(fields, item);
        cardRows(item, fields, out);
    }

    // --- lookups, each resource's kept once it is read

    /** The smallest Swedish and English label (skos:prefLabel or rdfs:label) of a resource: the one a card shows, the same on every build. */
    private String[] svEn(Node resource) {
        return svEn.get(resource, r -> {
            String[] out = new String[2];
            for (Node l : objects(r, List.of(PREF, LABEL)))
                keepFirst(out, l);
            return out;
        });
    }

    private static void keepFirst(String[] svEn, Node label) {
        if (!label.isLiteral())
            return;
        int i = switch (label.getLiteralLanguage()) {
            case "sv" -> 0;
            case "en" -> 1;
            default -> -1;
        };
        if (i >= 0 && (svEn[i] == null || label.getLiteralLexicalForm().compareTo(svEn[i]) < 0))
            svEn[i] = label.getLiteralLexicalForm();
    }

    private static Node literal(String text, String lang) {
        return text == null ? null : NodeFactory.createLiteralLang(text, lang);
    }

    private static boolean inOntology(Node n) {
        return n.isURI() && n.getURI().startsWith(LSG.NS);
    }

    private Set<Node> types(Node item) {
        return objects(item, TYPE);
    }

    /** Every class a resource is an instance of, with their superclasses (a/rdfs:subClassOf*). */
    private Set<Node> superclassesOfTypes(Node item) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node type : types(item))
            out.addAll(superclasses.get(type, t -> closure(t, SUBCLASS)));
        return out;
    }

    /** The node and everything it reaches by the predicate, any number of steps (p*), each once. */
    private Set<Node> closure(Node start, Node predicate) {
        return closures.computeIfAbsent(predicate, k -> new RecentLookups<>(lookupsKept)).get(start, s -> {
            Set<Node> seen = new LinkedHashSet<>();
            List<Node> todo = new ArrayList<>(List.of(s));
            while (!todo.isEmpty()) {
                Node n = todo.remove(todo.size() - 1);
                if (seen.add(n) && !n.isLiteral())
                    todo.addAll(objects(n, predicate));
            }
            return seen;
        });
    }

    /** The classes and everything below them (rdfs:subClassOf*, walked upwards from below). */
    private Set<Node> subclassesOf(List<Node> classes) {
        Set<Node> seen = new LinkedHashSet<>();
        List<Node> todo = new ArrayList<>(classes);
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            if (seen.add(c))
                g.find(Node.ANY, SUBCLASS, c).forEachRemaining(t -> todo.add(t.getSubject()));
        }
        return seen;
    }

    private Set<Node> instancesOf(Set<Node> classes) {
        Set<Node> out = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        for (Node c : classes)
            g.find(Node.ANY, TYPE, c).forEachRemaining(t -> {
                if (t.getSubject().isURI())
                    out.add(t.getSubject());
            });
        return out;
    }

    /**
     * Each URI instance of the classes once, but none of the {@code skipped} classes: one found again
     * under a later class is skipped there.
     */
    private void instancesInBatches(Set<Node> classes, Set<Node> skipped, int size, Consumer<List<Node>> batch) {
        List<Node> earlier = new ArrayList<>(skipped);
        List<Node> current = new ArrayList<>();
        for (Node c : classes) {
            ExtendedIterator<Triple> found = g.find(Node.ANY, TYPE, c);
            try {
                while (found.hasNext()) {
                    Node item = found.next().getSubject();
                    if (!item.isURI() || (!earlier.isEmpty() && types(item).stream().anyMatch(earlier::contains)))
                        continue;
                    current.add(item);
                    if (current.size() == size) {
                        batch.accept(current);
                        current = new ArrayList<>();
                    }
                }
            } finally {
                found.close();
            }
            earlier.add(c);
        }
        if (!current.isEmpty())
            batch.accept(current);
    }

    private Set<Node> objects(Node subject, Node predicate) {
        if (subject.isLiteral())
            return Set.of();
        Set<Node> out = new LinkedHashSet<>();
        g.find(subject, predicate, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    private Set<Node> objects(Node subject, List<Node> predicates) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node p : predicates)
            out.addAll(objects(subject, p));
        return out;
    }

    private static Binding binding(Object... varsAndValues) {
        BindingBuilder b = Binding.builder();
        for (int i = 0; i < varsAndValues.length; i += 2)
            if (varsAndValues[i + 1] != null)
                b.add(Var.alloc((String) varsAndValues[i]), (Node) varsAndValues[i + 1]);
        return b.build();
    }
}
