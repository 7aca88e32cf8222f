package se.lsgraph.server.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
        // SLSO's English name is lsgraph's own (the curation graph), and so is the heading's: the summary is
        // Swedish only, so the English heading in its graph is lsgraph's translation.
        assertTrue(csv.contains(SLSO + ",Stockholm County Healthcare Area,true,https://w3id.org/lsgraph/id/heading/ls-2020-halsodata,Health data,true,3,3"), csv);
    }

    @Test
    void englishPlaceNamesSayWhetherTheyAreLsgraphs() throws Exception {
        Map<String, String> en = places("en");
        assertEquals("Huddinge Municipality true", en.get(PLACE + "kommun-0126"));
        assertEquals("Stockholm County true", en.get(PLACE + "lan-01"));
        // The 2021 strategy is Swedish only: the region's English name in its graph is lsgraph's translation.
        assertEquals("Stockholm region true", en.get(PLACE + "stockholmsregionen"));
        // A curated place and its SCB twin are one entry, the SCB place's: Stockholm County once, not twice.
        assertEquals(null, en.get(PLACE + "stockholms-lan"));
        assertEquals(null, en.get(PLACE + "stockholm"));
        Map<String, String> sv = places("sv");
        assertEquals("Huddinge kommun false", sv.get(PLACE + "kommun-0126"));
        assertEquals("Stockholms län false", sv.get(PLACE + "lan-01"));
        assertEquals(null, sv.get(PLACE + "stockholms-lan"));
    }

    /**
     * Stockholm County in the places tree: its 26 municipalities and Hagastaden (stated within the county),
     * each once, with the organisations and offerings located in it or in its curated twin (Stockholm's
     * 203 organisations are those located in place:kommun-0180 or place:stockholm).
     */
    @Test
    void stockholmCountyHoldsItsMunicipalitiesOnceEach() throws Exception {
        List<String> expected = List.of(
                "kommun-0114 0 0", "kommun-0115 0 0", "kommun-0117 0 0", "kommun-0120 0 0", "kommun-0123 0 0",
                "kommun-0125 0 0", "kommun-0126 3 10", "kommun-0127 0 0", "kommun-0128 0 0", "kommun-0136 0 0",
                "kommun-0138 0 0", "kommun-0139 0 0", "kommun-0140 0 0", "kommun-0160 0 0", "kommun-0162 1 0",
                "kommun-0163 1 0", "kommun-0180 203 13", "kommun-0181 2 0", "kommun-0182 0 0", "kommun-0183 2 0",
                "kommun-0184 12 18", "kommun-0186 1 0", "kommun-0187 0 0", "kommun-0188 1 0", "kommun-0191 0 0",
                "kommun-0192 0 0", "hagastaden 0 3");
        for (String lang : List.of("en", "sv")) {
            JsonNode rows = JSON.readTree(WEB.http().get("/views/places/data.json?lang=" + lang, "application/json").body()).get("rows");
            List<String> children = new ArrayList<>();
            Map<String, Integer> entries = new HashMap<>();
            for (JsonNode row : rows) {
                entries.merge(row.get("place").asText(), 1, Integer::sum);
                if (row.path("parent").asText().equals(PLACE + "lan-01"))
                    children.add(row.get("place").asText().substring(PLACE.length()) + " " + row.get("organisations").asInt() + " " + row.get("offerings").asInt());
            }
            children.sort((a, b) -> a.startsWith("kommun") == b.startsWith("kommun") ? a.compareTo(b) : a.startsWith("kommun") ? -1 : 1);
            assertEquals(expected, children, lang);
            assertEquals(317, rows.size(), lang);
            assertEquals(Set.of(1), new HashSet<>(entries.values()), "each place once, " + lang);
            // The two regions the county is read to lie within are unrelated: it nests under the first by IRI.
            assertEquals(List.of(PLACE + "stockholm-uppsalaregionen"), parentsOf(rows, PLACE + "lan-01"));
            assertEquals(List.of(PLACE + "kommun-0180"), parentsOf(rows, PLACE + "kista"));
        }
    }

    private static List<String> parentsOf(JsonNode rows, String place) {
        List<String> parents = new ArrayList<>();
        for (JsonNode row : rows)
            if (row.get("place").asText().equals(place))
                parents.add(row.path("parent").asText());
        return parents;
    }

    /**
     * The one rule in every view: an English name is lsgraph's own unless an official graph states it
     * (se.lsgraph.vocab.OfficialEnglishNames). The CSV says so per name; exactly these many resources
     * carry the mark in English, none in Swedish.
     */
    @Test
    void everyViewsCsvMarksExactlyLsgraphsEnglishNames() throws Exception {
        // network: 208 nodes, 160 of them named by ROR, the labels graph, the offerings' pages or the
        // catalogues; strategy: every element (the strategies are Swedish only); consultation: 39 bodies
        // and headings, 7 of the bodies with official English names (KI, KTH, Karolinska University Hospital ...).
        Map<String, Integer> expected = Map.of("network", 48, "strategy", 31, "consultation", 32, "places", 317);
        for (var view : expected.entrySet()) {
            assertEquals(view.getValue(), markedInCsv(view.getKey(), "en").size(), view.getKey());
            assertEquals(Set.of(), markedInCsv(view.getKey(), "sv"), view.getKey() + " in Swedish");
        }
        Set<String> consultation = markedInCsv("consultation", "en");
        assertTrue(consultation.contains(SLSO), "SLSO's English name is lsgraph's");
        assertTrue(consultation.contains("https://w3id.org/lsgraph/id/heading/ls-2020-halsodata"), "the summary's heading, translated");
        assertFalse(consultation.contains("https://w3id.org/lsgraph/id/org/karolinska-universitetssjukhuset"), "its ROR name");
        assertTrue(markedInCsv("strategy", "en").contains("https://w3id.org/lsgraph/id/element/ls2021-4.1"));
    }

    /** The resources whose name a view's CSV marks as lsgraph's English name (column NAMELabelByLsgraph). */
    private static Set<String> markedInCsv(String view, String lang) throws Exception {
        String csv = WEB.http().get("/views/" + view + "/data.csv?lang=" + lang, "text/csv").body();
        Set<String> marked = new TreeSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            List<String> flags = parser.getHeaderNames().stream().filter(c -> c.endsWith("LabelByLsgraph")).toList();
            assertFalse(flags.isEmpty(), view);
            for (CSVRecord row : parser)
                for (String flag : flags)
                    if (row.get(flag).equals("true"))
                        marked.add(row.get(flag.substring(0, flag.length() - "LabelByLsgraph".length())));
        }
        return marked;
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
