package se.lsgraph.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import se.lsgraph.store.GraphStore;
import se.lsgraph.support.TestStores;
import se.lsgraph.vocab.Ids;

/** Needs in Swedish and English (src/test/resources/search/needs.tsv) give exactly the expected top results. */
class SearchRankingTest {
    private static GraphStore store;
    private static Finder finder;

    @BeforeAll
    static void build() {
        store = TestStores.bundled();
        finder = Finder.build(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @TestFactory
    Stream<DynamicTest> everyNeedGivesItsExpectedTopResults() throws IOException {
        List<String[]> needs = Files.readAllLines(Path.of("src/test/resources/search/needs.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).toList();
        assertTrue(needs.size() >= 40, "at least 40 company needs");
        return needs.stream().map(n -> DynamicTest.dynamicTest(n[0] + " " + n[1], () -> {
            Map<String, String> f = filters(n[1]);
            SearchAnswer answer = finder.find(new SearchRequest(n[0], f.get("kind"), f.get("area"), f.get("place"),
                    f.get("status"), SearchRequest.DEFAULT_LIMIT));
            List<String> expected = iris(n[2]);
            List<String> top = answer.results().stream().map(EntryPoint::iri).limit(Math.max(1, expected.size())).toList();
            assertEquals(expected, top, "entry points for " + n[0]);
            if (n.length > 3) {
                List<String> said = iris(n[3]);
                assertEquals(said, answer.said().stream().map(RegionStatement::iri).limit(said.size()).toList(),
                        "what the region said about " + n[0]);
            }
        }));
    }

    @Test
    void stemmingFindsInflectedForms() {
        assertEquals(first("prövning"), first("prövningar"));
        assertEquals(first("trial"), first("trials"));
    }

    @Test
    void aCardCarriesItsEntryPointFields() {
        EntryPoint kta = finder.find(SearchRequest.of("Karolinska Trial Alliance")).results().get(0);
        assertEquals("Karolinska Trial Alliance", kta.label().sv());
        assertEquals(List.of("https://w3id.org/lsgraph/id/status/existing"),
                kta.field("status").stream().map(EntryPoint.Labelled::value).toList());
        assertEquals(List.of("kliniska prövningar och studier"), kta.field("offer").stream().map(EntryPoint.Labelled::sv).toList());
        assertEquals("http://karolinskatrialalliance.se/om-oss/", kta.wayIn(), "verified in data/identifiers/ways-in.ttl");
        EntryPoint pku = finder.find(SearchRequest.of("PKU-biobanken")).results().get(0);
        assertEquals(null, pku.wayIn(), "no public source confirms a way in: unknown");
        assertTrue(kta.field("document").stream().anyMatch(d -> d.value().equals(Ids.RESOURCE + "doc/ls-strategy-2021")));
    }

    /**
     * An English reader can tell lsgraph's own English names (data/curation/english-names.ttl) from
     * official ones: the index keeps, per card, which IRIs it shows with lsgraph's English name.
     */
    @Test
    void aCardTellsLsgraphsOwnEnglishNameFromAnOfficialOne() {
        EntryPoint ours = finder.find(new SearchRequest("hälsodata", null, null, null, null, 1, "en")).results().get(0);
        assertEquals(Ids.RESOURCE + "offering/centrum-for-halsodata", ours.iri());
        assertEquals("Centre for Health Data", ours.label().en());
        assertTrue(ours.englishNameByLsgraph(), "translated by lsgraph (curation graph only)");
        // Every English text on the card that no official graph states is marked, not just the title: its
        // area 4.1 and the documents and sections it cites (Swedish only, so their English names are
        // lsgraph's translations). Its owner Region Stockholm has an official English name (data/labels).
        assertEquals(List.of(Ids.RESOURCE + "doc/ls-strategy-2021", Ids.RESOURCE + "doc/ls-strategy-2021-consultation-summary",
                Ids.RESOURCE + "doc/ls-strategy-2021/s/4.1", Ids.RESOURCE + "doc/rs-protocol-2021-05-25",
                Ids.RESOURCE + "doc/rs-protocol-2021-05-25/s/remissammanstallning-halsodata", Ids.RESOURCE + "element/ls2021-4.1",
                Ids.RESOURCE + "offering/centrum-for-halsodata", Ids.RESOURCE + "place/kommun-0180"), ours.englishByLsgraph(),
                "its place, Stockholm Municipality, is named by lsgraph's rule");
        assertEquals(List.of(Ids.RESOURCE + "element/ls2021-4.1"), ours.field("area").stream().map(l -> l.value()).toList());
        assertEquals(List.of(Ids.RESOURCE + "org/region-stockholm"), ours.field("owner").stream().map(l -> l.value()).toList());

        // Karolinska University Hospital's name is its ROR record's: unmarked on the card of what it runs.
        EntryPoint run = finder.find(new SearchRequest("Center for Innovation at Karolinska University Hospital", null, null, null, null, 1, "en")).results().get(0);
        assertEquals(Ids.RESOURCE + "offering/karolinska-center-for-innovation", run.iri());
        assertEquals(List.of(Ids.RESOURCE + "org/karolinska-universitetssjukhuset"), run.field("owner").stream().map(l -> l.value()).toList());
        assertFalse(run.englishByLsgraph().contains(Ids.RESOURCE + "org/karolinska-universitetssjukhuset"), run.englishByLsgraph().toString());

        EntryPoint official = finder.find(new SearchRequest("innovative radiotherapy", null, null, null, null, 1, "en")).results().get(0);
        assertEquals(Ids.RESOURCE + "offering/nationella-testbadden-for-innovativ-stralterapi", official.iri());
        assertEquals("Swedish Testbed for Innovative Radiotherapy", official.label().en());
        assertEquals(false, official.englishNameByLsgraph(), "the test bed's own page gives this English name");
    }

    /**
     * A curated place and its SCB twin (place:uppsala and 0380 Uppsala kommun, place:uppsala-lan and
     * län 03: each lies within the other) are one filter value, the SCB place, counted once per hit.
     */
    @Test
    void aPlaceAndItsTwinAreOneFilterValue() {
        SearchAnswer answer = finder.find(SearchRequest.of("Uppsala"));
        List<String> places = answer.facets().get("place").stream()
                .map(f -> f.value().value().replace(Ids.RESOURCE, "") + " " + f.value().sv() + " " + f.count()).toList();
        assertEquals(List.of("place/stockholm-uppsalaregionen Stockholm-Uppsalaregionen 66", "place/lan-01 Stockholms län 46",
                "place/stockholmsregionen Stockholmsregionen 46", "place/kommun-0380 Uppsala kommun 21",
                "place/lan-03 Uppsala län 21", "place/kommun-0184 Solna kommun 18", "place/kommun-0126 Huddinge kommun 15",
                "place/kommun-0180 Stockholms kommun 13", "place/kommun-2480 Umeå kommun 12", "place/lan-24 Västerbottens län 12",
                "place/flemingsberg Flemingsberg 7", "place/kommun-1480 Göteborgs kommun 7",
                "place/lan-14 Västra Götalands län 7", "place/kommun-0580 Linköpings kommun 5",
                "place/lan-05 Östergötlands län 5", "place/hagastaden Hagastaden 3", "place/kommun-1281 Lunds kommun 3",
                "place/lan-12 Skåne län 3", "place/kommun-1880 Örebro kommun 2", "place/lan-18 Örebro län 2",
                "place/kommun-2380 Östersunds kommun 1", "place/lan-23 Jämtlands län 1"), places);
        List<String> values = finder.facetValues().get("place").stream().map(EntryPoint.Labelled::value).toList();
        assertTrue(values.contains(Ids.RESOURCE + "place/kommun-0380") && !values.contains(Ids.RESOURCE + "place/uppsala"),
                "the filter lists Uppsala once: " + values);
        assertEquals(24, values.size());
        // Either twin still filters to the same hits.
        assertEquals(resultsIn("place/kommun-0380"), resultsIn("place/uppsala"));
        assertEquals(21, resultsIn("place/uppsala").size());
    }

    private static List<String> resultsIn(String place) {
        return finder.find(new SearchRequest("", null, null, Ids.RESOURCE + place, null, SearchRequest.MAX_LIMIT)).results().stream()
                .map(EntryPoint::iri).toList();
    }

    private static String first(String need) {
        return finder.find(SearchRequest.of(need)).results().get(0).iri();
    }

    /** "-" is no hit at all; otherwise IRIs under the resource namespace, best first. */
    private static List<String> iris(String spec) {
        return spec.equals("-") ? List.of() : Arrays.stream(spec.split(",")).map(s -> Ids.RESOURCE + s).toList();
    }

    private static Map<String, String> filters(String spec) {
        Map<String, String> f = new HashMap<>();
        if (!spec.equals("-"))
            for (String kv : spec.split(";"))
                f.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        return f;
    }
}
