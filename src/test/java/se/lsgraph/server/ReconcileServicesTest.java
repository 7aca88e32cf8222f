package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.support.ReconciliationSchemas;
import se.lsgraph.support.TestServer;
import se.lsgraph.support.Validators;

/**
 * Reconciliation as OpenRefine uses it end to end, every answer validated against the W3C 0.2
 * JSON Schemas: types as a string or a list, partial names ranked, properties raising scores,
 * suggest (entity, type, property), preview, data extension pulling identifiers into columns.
 */
class ReconcileServicesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORG = "http://www.w3.org/ns/org#Organization";

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static JsonNode reconcile(String batch) throws Exception {
        JsonNode body = json(WEB.http().postForm("/reconcile", "queries", batch, "application/json", null, null));
        assertEquals(List.of(), schemas().violations("reconciliation-result-batch.json", body));
        return body;
    }

    private static ReconciliationSchemas schemas() {
        return new ReconciliationSchemas(Validators.required());
    }

    private static List<String> ids(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.forEach(c -> out.add(c.get("id").asText()));
        return out;
    }

    @Test
    void theManifestValidatesAndOffersSuggestAndExtension() throws Exception {
        JsonNode m = json(WEB.http().get("/reconcile", "application/json"));
        assertEquals(List.of(), schemas().violations("manifest.json", m));
        assertEquals("/suggest/entity", m.get("suggest").get("entity").get("service_path").asText());
        assertEquals("/properties", m.get("extend").get("propose_properties").get("service_path").asText());
    }

    @Test
    void aPartialNameGivesItsCandidatesRankedAndATypeListFilters() throws Exception {
        JsonNode r = reconcile("{\"q0\":{\"query\":\"Karolinska\",\"type\":[\"" + ORG + "\"],\"limit\":5},"
                + "\"q1\":{\"query\":\"Karolinska\",\"type\":\"" + ORG + "\",\"limit\":5},"
                + "\"q2\":{\"query\":\"Karolinska\",\"type\":[\"https://w3id.org/lsgraph/ontology#Offering\"],\"limit\":5}}");
        List<String> organisations = ids(r.get("q0").get("result"));
        assertEquals(List.of("org/karolinska-institutet", "org/karolinska-universitetssjukhuset"), organisations.subList(0, 2));
        assertEquals(organisations, ids(r.get("q1").get("result")), "a type as a string or as a list of one is the same filter");
        assertFalse(r.get("q0").get("result").get(0).get("match").asBoolean(), "a partial name is never a sure match");
        assertTrue(ids(r.get("q2").get("result")).stream().allMatch(id -> id.startsWith("offering/")), r.get("q2").toString());
    }

    @Test
    void anOrganisationNumberOrAPlaceRaisesTheScore() throws Exception {
        JsonNode r = reconcile("{\"plain\":{\"query\":\"Karolinska\",\"type\":\"" + ORG + "\"},"
                + "\"orgnr\":{\"query\":\"Karolinska\",\"type\":\"" + ORG + "\",\"properties\":[{\"pid\":\"organisation-number\",\"v\":\"202100-2973\"}]},"
                + "\"ror\":{\"query\":\"KI\",\"properties\":[{\"pid\":\"ror\",\"v\":\"056d84691\"}]}}");
        JsonNode plain = r.get("plain").get("result").get(0);
        JsonNode orgnr = r.get("orgnr").get("result").get(0);
        assertEquals("org/karolinska-institutet", orgnr.get("id").asText());
        assertEquals(100.0, orgnr.get("score").asDouble());
        assertTrue(orgnr.get("score").asDouble() > plain.get("score").asDouble());
        assertTrue(orgnr.get("match").asBoolean(), "a matching organisation number is a sure match");
        assertEquals("org/karolinska-institutet", r.get("ror").get("result").get(0).get("id").asText());
    }

    @Test
    void suggestServicesAndPreviewAnswer() throws Exception {
        JsonNode entities = json(WEB.http().get("/reconcile/suggest/entity?prefix=karol", "application/json"));
        assertEquals(List.of(), schemas().violations("suggest-entities-response.json", entities));
        assertEquals("org/karolinska-institutet", entities.get("result").get(0).get("id").asText());
        JsonNode types = json(WEB.http().get("/reconcile/suggest/type?prefix=organ", "application/json"));
        assertEquals(List.of(), schemas().violations("suggest-types-response.json", types));
        assertTrue(ids(types.get("result")).contains(ORG), types.toString());
        JsonNode properties = json(WEB.http().get("/reconcile/suggest/property?prefix=ror", "application/json"));
        assertEquals(List.of(), schemas().violations("suggest-properties-response.json", properties));
        assertEquals(List.of("ror"), ids(properties.get("result")));
        assertTrue(WEB.http().get("/reconcile/preview?id=org/karolinska-institutet", "text/html").body().contains(">Karolinska Institutet</a>"));
    }

    @Test
    void dataExtensionPullsIdentifiersIntoColumns() throws Exception {
        JsonNode proposal = json(WEB.http().get("/reconcile/properties?type=" + ORG, "application/json"));
        assertEquals(List.of(), schemas().violations("data-extension-property-proposal.json", proposal));
        String extend = "{\"ids\":[\"org/karolinska-institutet\",\"place/huddinge\",\"offering/huddinge-aldreomsorg-testbadd\",\"org/none\"],\"properties\":["
                + "{\"id\":\"ror\"},{\"id\":\"organisation-number\"},{\"id\":\"wikidata\"},{\"id\":\"municipality-code\"}]}";
        assertEquals(List.of(), schemas().violations("data-extension-query.json", JSON.readTree(extend)));
        JsonNode rows = json(WEB.http().postForm("/reconcile", "extend", extend, "application/json", null, null));
        assertEquals(List.of(), schemas().violations("data-extension-response.json", rows));
        JsonNode ki = rows.get("rows").get("org/karolinska-institutet");
        assertEquals("056d84691", ki.get("ror").get(0).get("str").asText());
        assertEquals("202100-2973", ki.get("organisation-number").get(0).get("str").asText());
        assertEquals("Q219564", ki.get("wikidata").get(0).get("str").asText());
        assertEquals("0126", rows.get("rows").get("place/huddinge").get("municipality-code").get(0).get("str").asText());
        assertEquals("0126", rows.get("rows").get("offering/huddinge-aldreomsorg-testbadd").get("municipality-code").get(0).get("str").asText(),
                "an offering gets the code of the municipality it lies in");
        assertEquals(0, rows.get("rows").get("org/none").get("ror").size(), "an unknown id gets empty cells");
        assertEquals(400, WEB.http().postForm("/reconcile", "extend", "{\"ids\":[\"org/kth\"],\"properties\":[{\"id\":\"shoe-size\"}]}",
                "application/json", null, null).statusCode());
    }

    @Test
    void aPlaceRaisesTheScoreByTheStatedBonus() throws Exception {
        String offering = "https://w3id.org/lsgraph/ontology#Offering";
        JsonNode r = reconcile("{\"plain\":{\"query\":\"Karolinska\",\"type\":\"" + offering + "\",\"limit\":5},"
                + "\"placed\":{\"query\":\"Karolinska\",\"type\":\"" + offering + "\",\"limit\":5,\"properties\":[{\"pid\":\"place\",\"v\":\"Huddinge\"}]}}");
        // Karolinska ATMP Center, Karolinska Trial Alliance and Karolinska Centrum för Cellterapi lie in Huddinge
        // (data/offerings/infrastructures.ttl): each gains exactly the place bonus of 10 over its name score and they
        // move ahead of the two that do not; the others keep their scores.
        assertEquals(List.of("offering/karolinska-atmp-center 71.7", "offering/karolinska-trial-alliance 71.7", "offering/ki-science-park 68.8",
                "offering/karolinska-centrum-for-cellterapi 68.8", "offering/karolinska-center-for-innovation 65.8"), scored(r.get("plain")));
        assertEquals(List.of("offering/karolinska-atmp-center 81.7", "offering/karolinska-trial-alliance 81.7",
                "offering/karolinska-centrum-for-cellterapi 78.8", "offering/ki-science-park 68.8", "offering/karolinska-center-for-innovation 65.8"),
                scored(r.get("placed")));
        JsonNode top = r.get("placed").get("result").get(0);
        assertEquals(JSON.readTree("[{\"id\":\"name\",\"value\":71.7},{\"id\":\"place\",\"value\":true}]"), top.get("features"));
        assertFalse(top.get("match").asBoolean(), "a place never makes a sure match");
    }

    private static List<String> scored(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("result").forEach(c -> out.add(c.get("id").asText() + " " + c.get("score").asDouble()));
        return out;
    }
}
