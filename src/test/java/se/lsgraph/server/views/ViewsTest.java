package se.lsgraph.server.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.lsgraph.support.TestServer;

/** The views' pages and their data over HTTP, in both languages. */
class ViewsTest {
    private static final String PLACE = "https://w3id.org/lsgraph/id/place/";
    private static final String SLSO = "https://w3id.org/lsgraph/id/org/stockholms-lans-sjukvardsomrade";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestServer.Extension WEB = TestServer.extension();

    @Test
    void theConsultationHeatMapCountsSlsoPointsPerHeading() throws Exception {
        JsonNode table = JSON.readTree(WEB.http().get("/views/consultation/data.json?lang=sv", "application/json").body());
        assertEquals(List.of("body", "bodyLabel", "bodyLabelByLsgraph", "heading", "headingLabel", "headingLabelByLsgraph", "headingPosition", "statements"),
                JSON.convertValue(table.get("columns"), List.class));
        List<String> slso = new ArrayList<>();
        int points = 0;
        for (JsonNode row : table.get("rows"))
            if (row.get("body").asText().equals(SLSO)) {
                slso.add(row.get("headingPosition").asInt() + " " + row.get("headingLabel").asText() + ": " + row.get("statements").asInt());
                points += row.get("statements").asInt();
            }
        // Competency questions 27, 28 and 70: the summary credits SLSO with 11 points under 7 headings.
        assertEquals(List.of(
                "2 Kompletteringar: 2",
                "3 Hälsodata: 3",
                "4 Förutsättningar för samtliga vårdgivare att medverka till visionen: 2",
                "5 Samverkan mellan akademi, företag och sjukvård: 1",
                "9 Ledning, styrning och uppföljning av strategiarbetet: 1",
                "11 Tekniska och digitala lösningar: 1",
                "13 Miljö: 1"), slso);
        assertEquals(11, points);
        assertEquals(79, table.get("rows").size());
    }

    @Test
    void dataFollowsTheReadersLanguage() throws Exception {
        JsonNode en = JSON.readTree(WEB.http().getWith("/views/consultation/data.json", "Accept-Language", "en-GB,en;q=0.8").body());
        JsonNode first = en.get("rows").get(0);
        assertEquals("Additions", first.get("headingLabel").asText());
        String csv = WEB.http().get("/views/consultation/data.csv?lang=en", "text/csv").body();
        assertEquals("body,bodyLabel,bodyLabelByLsgraph,heading,headingLabel,headingLabelByLsgraph,headingPosition,statements",
                csv.lines().findFirst().orElseThrow());
        // SLSO's English name is lsgraph's own (the curation graph), the heading's is the document graph's.
        assertTrue(csv.contains(SLSO + ",Stockholm County Healthcare Area,true,https://w3id.org/lsgraph/id/heading/ls-2020-halsodata,Health data,false,3,3"), csv);
    }

    @Test
    void englishPlaceNamesSayWhetherTheyAreLsgraphs() throws Exception {
        Map<String, String> en = places("en");
        assertEquals("Huddinge Municipality true", en.get(PLACE + "kommun-0126"));
        assertEquals("Stockholm County true", en.get(PLACE + "lan-01"));
        // The curated county has no name of its own: it is named, and marked, by its SCB twin.
        assertEquals("Stockholm County true", en.get(PLACE + "stockholms-lan"));
        assertEquals("Stockholm region false", en.get(PLACE + "stockholmsregionen"));
        Map<String, String> sv = places("sv");
        assertEquals("Huddinge kommun false", sv.get(PLACE + "kommun-0126"));
        assertEquals("Stockholms län false", sv.get(PLACE + "stockholms-lan"));
    }

    @Test
    void theNetworkIsLaidOutOnTheServerOncePerGraph() throws Exception {
        JsonNode table = JSON.readTree(WEB.http().get("/views/network/data.json?lang=sv", "application/json").body());
        Set<String> nodes = new TreeSet<>();
        for (JsonNode row : table.get("rows")) {
            nodes.add(row.get("source").asText());
            nodes.add(row.get("target").asText());
        }
        String layout = WEB.http().get("/views/network/layout.json", "application/json").body();
        JsonNode positions = JSON.readTree(layout);
        Set<String> placed = new TreeSet<>();
        positions.fieldNames().forEachRemaining(placed::add);
        assertEquals(208, nodes.size());
        assertEquals(nodes, placed);
        Set<String> distinct = new HashSet<>();
        positions.forEach(p -> distinct.add(p.get("x").asDouble() + "," + p.get("y").asDouble()));
        assertEquals(208, distinct.size(), "no two nodes in one place");
        assertEquals(layout, WEB.http().get("/views/network/layout.json", "application/json").body(), "the same graph, the same drawing");
        assertEquals(404, WEB.http().get("/views/places/layout.json", "application/json").statusCode());
    }

    private static Map<String, String> places(String lang) throws Exception {
        JsonNode table = JSON.readTree(WEB.http().get("/views/places/data.json?lang=" + lang, "application/json").body());
        Map<String, String> names = new HashMap<>();
        for (JsonNode row : table.get("rows"))
            names.put(row.get("place").asText(), row.get("placeLabel").asText() + " " + row.get("placeLabelByLsgraph").asBoolean());
        return names;
    }

    @Test
    void pagesInTheChosenLanguageWithTheSwitchRemembered() {
        HttpResponse<String> en = WEB.http().getWith("/views/", "Accept-Language", "en-US,en;q=0.9");
        assertEquals(200, en.statusCode());
        assertTrue(en.body().contains("<html lang=\"en\">"), en.body());
        assertTrue(en.body().contains("<h1>Views</h1>"), en.body());
        assertTrue(en.body().contains("<a href=\"/views/consultation\">The consultation: bodies × headings</a>"), en.body());
        assertTrue(en.body().contains("<a class=\"lang-switch\" href=\"/views/?lang=sv\" lang=\"sv\" hreflang=\"sv\">Svenska</a>"), en.body());

        HttpResponse<String> sv = WEB.http().getWith("/views/?lang=sv", "Accept-Language", "en-US,en;q=0.9");
        assertTrue(sv.body().contains("<h1>Vyer</h1>"), sv.body());
        assertEquals("lsgraph-lang=sv", sv.headers().firstValue("Set-Cookie").orElse("").split(";")[0]);
        HttpResponse<String> remembered = WEB.http().getWith("/views/", "Accept-Language", "en", "Cookie", "lsgraph-lang=sv");
        assertTrue(remembered.body().contains("<h1>Vyer</h1>"), remembered.body());
    }

    @Test
    void unknownViewsAndDataAre404() {
        assertEquals(404, WEB.http().get("/views/no-such-view", "text/html").statusCode());
        assertEquals(404, WEB.http().get("/views/consultation/data.xml", "text/html").statusCode());
        assertEquals(404, WEB.http().get("/views/consultation/data.json/more", "text/html").statusCode());
    }
}
