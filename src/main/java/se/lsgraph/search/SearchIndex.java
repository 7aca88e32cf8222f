package se.lsgraph.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.store.ByteBuffersDirectory;

import se.lsgraph.store.GraphStore;

/**
 * A Lucene full-text index (jena-text) over labels, alternative labels and descriptions, with
 * Swedish and English stemming ("prövning" finds "prövningar", "trial" finds "trials"). Built in
 * memory from the store for SPARQL's text:query (see server/TextQueryIndex); the finder has its own index.
 */
public final class SearchIndex {
    static final String LABEL_FIELD = "label";
    static final String TEXT_FIELD = "text";
    private static final List<String> LANGUAGES = List.of("sv", "en");
    private static final int MAX_HITS = 200;

    private final TextIndexLucene index;
    private final List<Resource> fields;

    private SearchIndex(TextIndexLucene index, List<Resource> fields) {
        this.index = index;
        this.fields = fields;
    }

    /** Indexes the store's current content. */
    public static SearchIndex build(GraphStore store) {
        EntityDefinition def = new EntityDefinition("uri", LABEL_FIELD, SKOS.prefLabel.asNode());
        def.setLangField("lang");
        def.set(LABEL_FIELD, SKOS.altLabel.asNode());
        def.set(LABEL_FIELD, RDFS.label.asNode());
        def.set(TEXT_FIELD, SKOS.definition.asNode());
        def.set(TEXT_FIELD, DCTerms.description.asNode());
        TextIndexConfig config = new TextIndexConfig(def);
        config.setMultilingualSupport(true);
        TextIndexLucene index = new TextIndexLucene(new ByteBuffersDirectory(), config);
        store.read(dsg -> {
            for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), RDFS.label.asNode(),
                    SKOS.definition.asNode(), DCTerms.description.asNode()))
                dsg.getUnionGraph().find(Node.ANY, p, Node.ANY).forEachRemaining(t -> add(index, def, t));
            index.prepareCommit();
            index.commit();
            return null;
        });
        List<Resource> fields = List.of(ResourceFactory.createResource(SKOS.prefLabel.getURI()),
                ResourceFactory.createResource(SKOS.definition.getURI()));
        return new SearchIndex(index, fields);
    }

    /** The jena-text index itself, for SPARQL's text:query. */
    public TextIndexLucene textIndex() {
        return index;
    }

    /** Hits for free text, searched with Swedish and with English stemming and stop words. */
    public List<TextHit> search(String text) {
        String query = toLuceneQuery(text);
        if (query.isEmpty())
            return List.of();
        List<TextHit> hits = new ArrayList<>();
        for (String lang : LANGUAGES)
            hits.addAll(index.query(fields, query, null, lang, MAX_HITS, null));
        return hits;
    }

    /** Each word of the need, escaped, any of them may match (Lucene's default OR). */
    static String toLuceneQuery(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+"))
            if (!w.isBlank())
                words.add(QueryParser.escape(w));
        return String.join(" ", words);
    }

    private static void add(TextIndexLucene index, EntityDefinition def, Triple t) {
        if (!t.getObject().isLiteral() || !t.getSubject().isURI())
            return;
        Entity e = TextQueryFuncs.entityFromQuad(def, null, t.getSubject(), t.getPredicate(), t.getObject());
        if (e != null)
            index.addEntity(e);
    }
}
