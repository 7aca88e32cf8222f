package se.lsgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an N-Triples file shaped like lsgraph data (offerings operated by organisations, with
 * bilingual labels, status and a source section) that passes the SHACL shapes, for load benchmarks.
 */
public final class SyntheticData {
    private static final String LSG = "https://w3id.org/lsgraph/ontology#";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    /** Triples written per offering, including a share of its organisation's. */
    static final int TRIPLES_PER_OFFERING = 10;

    private SyntheticData() {}

    /** Writes at least {@code triples} triples; returns the exact count. */
    public static long write(Path file, long triples) throws IOException {
        return write(file, triples, "bench");
    }

    /**
     * Writes at least {@code triples} triples with IRIs under https://w3id.org/lsgraph/id/{@code set}/
     * (files of different sets can live in one store); returns the exact count.
     */
    public static long write(Path file, long triples, String set) throws IOException {
        String id = "https://w3id.org/lsgraph/id/" + set + "/";
        long count = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            count += triple(w, iri(id + "doc"), iri(RDF_TYPE), iri(LSG + "Document"));
            count += triple(w, iri(id + "doc/s/1"), iri(RDF_TYPE), iri(LSG + "DocumentSection"));
            count += triple(w, iri(id + "doc/s/1"), iri(DCT + "isPartOf"), iri(id + "doc"));
            for (long i = 0; count < triples; i++) {
                String offering = iri(id + "offering/" + i);
                String organisation = iri(id + "org/" + (i / 10));
                if (i % 10 == 0) {
                    count += triple(w, organisation, iri(RDF_TYPE), iri("http://www.w3.org/ns/org#Organization"));
                    count += triple(w, organisation, iri(SKOS + "prefLabel"), lit("Organisation " + (i / 10), "sv"));
                    count += triple(w, organisation, iri(DCT + "source"), iri(id + "doc/s/1"));
                }
                count += triple(w, offering, iri(RDF_TYPE), iri(LSG + (i % 3 == 0 ? "TestBed" : "PhysicalFacility")));
                count += triple(w, offering, iri(SKOS + "prefLabel"), lit("Testmiljö nummer " + i, "sv"));
                count += triple(w, offering, iri(SKOS + "prefLabel"), lit("Test environment number " + i, "en"));
                count += triple(w, offering, iri(SKOS + "altLabel"), lit("TM-" + i, "sv"));
                count += triple(w, offering, iri(LSG + "status"), iri("https://w3id.org/lsgraph/id/status/existing"));
                count += triple(w, offering, iri(LSG + "operatedBy"), organisation);
                count += triple(w, offering, iri(DCT + "source"), iri(id + "doc/s/1"));
                count += triple(w, offering, iri(DCT + "description"),
                        lit("En syntetisk beskrivning av testmiljö " + i + " för mätning av inläsning.", "sv"));
            }
        }
        return count;
    }

    private static int triple(BufferedWriter w, String s, String p, String o) throws IOException {
        w.write(s);
        w.write(' ');
        w.write(p);
        w.write(' ');
        w.write(o);
        w.write(" .\n");
        return 1;
    }

    private static String iri(String iri) {
        return "<" + iri + ">";
    }

    private static String lit(String text, String lang) {
        return "\"" + text + "\"@" + lang;
    }
}
