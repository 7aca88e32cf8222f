package se.lsgraph.opendata;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import se.lsgraph.load.LoadedFile;
import se.lsgraph.vocab.LSG;
import se.lsgraph.vocab.PROV;

/**
 * The provenance record a derived graph carries about itself: the graph was derived from one raw
 * file (its name, SHA-256, size, repository, commit, path, licence, retrieval date). A later import
 * checks the raw file against the SHA-256 recorded here.
 */
final class SourceProvenance {
    private static final Node ENTITY = NodeFactory.createURI(PROV.NS + "Entity");
    private static final Node DERIVED_FROM = NodeFactory.createURI(PROV.NS + "wasDerivedFrom");

    private SourceProvenance() {}

    static void add(Graph g, OpenDataSource source, LoadedFile raw) {
        Node graph = source.graph();
        Node file = source.sourceFile();
        Node licence = NodeFactory.createURI(source.licence());
        g.add(Triple.create(graph, RDF.type.asNode(), ENTITY));
        g.add(Triple.create(graph, DCTerms.title.asNode(), NodeFactory.createLiteralLang(source.title(), "en")));
        g.add(Triple.create(graph, DCTerms.license.asNode(), licence));
        g.add(Triple.create(graph, DERIVED_FROM, file));
        g.add(Triple.create(file, RDF.type.asNode(), ENTITY));
        g.add(Triple.create(file, DCTerms.title.asNode(), NodeFactory.createLiteralString(source.file())));
        g.add(Triple.create(file, LSG.sha256.asNode(), NodeFactory.createLiteralString(raw.sha256())));
        g.add(Triple.create(file, DCTerms.extent.asNode(),
                NodeFactory.createLiteralDT(Long.toString(raw.bytes()), XSDDatatype.XSDlong)));
        g.add(Triple.create(file, LSG.sourceRepository.asNode(), NodeFactory.createURI(source.repository())));
        g.add(Triple.create(file, LSG.sourceCommit.asNode(), NodeFactory.createLiteralString(source.commit())));
        g.add(Triple.create(file, LSG.sourcePath.asNode(), NodeFactory.createLiteralString(source.path())));
        g.add(Triple.create(file, DCTerms.source.asNode(),
                NodeFactory.createURI(source.repository() + "/tree/" + source.commit())));
        g.add(Triple.create(file, DCTerms.license.asNode(), licence));
        g.add(Triple.create(file, DCTerms.date.asNode(),
                NodeFactory.createLiteralDT(source.retrieved(), XSDDatatype.XSDdate)));
    }

    /** The SHA-256 a committed derived graph records for its raw file, or null if it records none. */
    static String recordedSha256(Graph committed, OpenDataSource source) {
        var it = committed.find(source.sourceFile(), LSG.sha256.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
