package se.lsgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.support.TestServer;

/** What the SPARQL workbench completes, and the old editor's address. */
class WorkbenchTest {
    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    @Test
    void completesThePrefixesClassesAndPropertiesOfTheOntology() throws Exception {
        JsonNode v = new ObjectMapper().readTree(WEB.http().get("/sparql/vocabulary.json", "application/json").body());
        assertEquals("https://w3id.org/lsgraph/ontology#", v.get("prefixes").get("lsg").asText());
        assertEquals("http://www.w3.org/2004/02/skos/core#", v.get("prefixes").get("skos").asText());
        assertTrue(v.get("classes").toString().contains("\"https://w3id.org/lsgraph/ontology#Offering\""), v.toString());
        assertTrue(v.get("properties").toString().contains("\"https://w3id.org/lsgraph/ontology#operatedBy\""), v.toString());
    }

    @Test
    void theOldEditorAddressRedirectsWithItsQuery() {
        HttpResponse<String> r = WEB.http().get("/sparql.html?query=ASK%7B%7D", "text/html");
        assertEquals(301, r.statusCode());
        assertEquals("/sparql?query=ASK%7B%7D", r.headers().firstValue("Location").orElse(""));
        assertEquals(404, WEB.http().get("/sparql/nothing", "text/html").statusCode());
    }
}
