package se.lsgraph.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.RDFFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Content negotiation for linked-data resources, with Jena's own ConNeg (Accept q-values honoured):
 * which of HTML, Turtle, JSON-LD, RDF/XML and N-Triples a request gets, 406 with the list of what
 * can be served otherwise, and the headers every answer carries (Vary, and Link to each alternate).
 */
final class RdfNegotiation {
    static final String HTML = "text/html";

    /** The RDF serialisations a resource is offered in, with the file extension of each. */
    static final Map<String, RDFFormat> RDF_FORMATS = new LinkedHashMap<>();
    static {
        RDF_FORMATS.put("text/turtle", RDFFormat.TURTLE_PRETTY);
        RDF_FORMATS.put("application/ld+json", RDFFormat.JSONLD11);
        RDF_FORMATS.put("application/rdf+xml", RDFFormat.RDFXML_PRETTY);
        RDF_FORMATS.put("application/n-triples", RDFFormat.NTRIPLES);
    }

    private final List<String> offers;
    private final AcceptList offerList;
    private final String preferred;

    /** Offers in order of preference; the first is served when the request states no Accept header. */
    RdfNegotiation(List<String> offers) {
        this.offers = List.copyOf(offers);
        this.offerList = AcceptList.create(offers.toArray(String[]::new));
        this.preferred = offers.get(0);
    }

    /** HTML first (for browsers that send *&#47;*), then the RDF formats. */
    static RdfNegotiation htmlAndRdf() {
        List<String> offers = new ArrayList<>();
        offers.add(HTML);
        offers.addAll(RDF_FORMATS.keySet());
        return new RdfNegotiation(offers);
    }

    /** The RDF formats only, the first one preferred. */
    static RdfNegotiation rdf(String preferredType) {
        List<String> offers = new ArrayList<>();
        offers.add(preferredType);
        RDF_FORMATS.keySet().stream().filter(t -> !t.equals(preferredType)).forEach(offers::add);
        return new RdfNegotiation(offers);
    }

    /**
     * The media type to answer with, or null after a 406 has been sent. Always sets Vary and the
     * Link headers (to the alternates at {@code selfUrl}, which must already carry any query string
     * the alternates should keep).
     */
    String choose(HttpServletRequest req, HttpServletResponse resp, String selfUrl) throws IOException {
        resp.setHeader("Vary", "Accept");
        for (String type : offers)
            resp.addHeader("Link", "<" + selfUrl + ">; rel=\"alternate\"; type=\"" + type + "\"");
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank())
            return preferred;
        MediaType chosen = ConNeg.chooseContentType(req, offerList, null);
        if (chosen == null) {
            JsonResponses.error(resp, 406, "cannot serve " + accept + "; available: " + String.join(", ", offers));
            return null;
        }
        return chosen.getContentTypeStr();
    }

    static RDFFormat formatOf(String mediaType) {
        return RDF_FORMATS.get(mediaType);
    }
}
