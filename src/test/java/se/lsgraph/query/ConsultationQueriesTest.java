package se.lsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.lsgraph.support.BundledStore;

/**
 * The consultation queries with other parameter values than their header examples: the source
 * (summary, own response, both) changes the counts exactly as the documents give them, an unknown
 * source matches nothing, and topics match by whole word.
 */
class ConsultationQueriesTest {
    private static final QueryCatalogue CATALOGUE = QueryCatalogue.fromDirectory(Path.of("queries"));
    @RegisterExtension
    static final BundledStore STORE = new BundledStore();

    @Test
    void huddingesOwnResponseCountsOnlyWhenAskedFor() {
        assertEquals(List.of("Huddinge kommun 1"), pointsOf("summary", "Huddinge kommun"));
        assertEquals(List.of("Huddinge kommun 15"), pointsOf("own", "Huddinge kommun"));
        assertEquals(List.of("Huddinge kommun 16"), pointsOf("both", "Huddinge kommun"));
    }

    @Test
    void slsoAndKthAreEachCreditedElevenTimesWhateverTheSource() {
        for (String source : List.of("summary", "both"))
            assertEquals(List.of("KTH 11", "Stockholms läns sjukvårdsområde 11"),
                    pointsOf(source, "KTH", "Stockholms läns sjukvårdsområde"), source);
        assertEquals(List.of(), pointsOf("own", "KTH", "Stockholms läns sjukvårdsområde"));
    }

    @Test
    void anUnknownSourceIsRefusedWithTheChoices() {
        for (String query : List.of("consultation-most-active-bodies", "consultation-consulted-vs-responded",
                "organisation-consultation-role", "consultation-bodies-by-kind")) {
            var e = assertThrows(IllegalArgumentException.class, () -> run(query, withSource(query, "summaries")), query);
            assertEquals("parameter 'source': one of summary, own, both, not 'summaries'", e.getMessage(), query);
        }
    }

    @Test
    void everyConsultationQueryTakesTheSource() {
        List<String> withoutSource = CATALOGUE.list().stream()
                .filter(q -> q.sparql().contains("lsg:raisedBy") || q.sparql().contains("lsg:uptakeOf"))
                .filter(q -> q.param("source").map(p -> p.choices().equals(List.of("summary", "own", "both"))).orElse(false) == false)
                .map(NamedQuery::name).toList();
        assertEquals(List.of(), withoutSource);
    }

    @Test
    void aTopicWordMatchesWholeWordsOnly() {
        QueryResult ai = run("consultation-bodies-raising-topic", Map.of("topicWord", "AI", "source", "both"));
        assertEquals(List.of("AI och digitalisering", "AI och programmering",
                "Stockholmsregionens ställning inom IT, AI och maskininlärning"), distinct(ai, "topic"));
        QueryResult partial = run("consultation-bodies-raising-topic", Map.of("topicWord", "finans", "source", "both"));
        assertEquals(0, partial.rows().size(), "a word's beginning is not the word");
        QueryResult upper = run("consultation-bodies-raising-topic", Map.of("topicWord", "ÄLDREVÅRDEN", "source", "own"));
        assertEquals(List.of("Huddinge kommun"), distinct(upper, "body"));
    }

    private static List<String> pointsOf(String source, String... bodies) {
        QueryResult result = run("consultation-most-active-bodies", Map.of("source", source));
        List<String> wanted = List.of(bodies);
        return result.rows().stream()
                .filter(r -> wanted.contains(r.get(Var.alloc("body")).getLiteralLexicalForm()))
                .map(r -> r.get(Var.alloc("body")).getLiteralLexicalForm() + " " + r.get(Var.alloc("statements")).getLiteralLexicalForm())
                .sorted().toList();
    }

    private static Map<String, String> withSource(String query, String source) {
        return switch (query) {
            case "organisation-consultation-role" -> Map.of("organisation", "https://w3id.org/lsgraph/id/org/kth", "source", source);
            case "consultation-consulted-vs-responded", "consultation-bodies-by-kind" ->
                    Map.of("consultation", "https://w3id.org/lsgraph/id/consultation/ls-2020", "source", source);
            default -> Map.of("source", source);
        };
    }

    private static List<String> distinct(QueryResult result, String var) {
        return result.rows().stream().map(r -> r.get(Var.alloc(var))).filter(n -> n != null)
                .map(n -> n.getLiteralLexicalForm()).distinct().sorted().toList();
    }

    private static QueryResult run(String name, Map<String, String> params) {
        NamedQuery query = CATALOGUE.list().stream().filter(q -> q.name().equals(name)).findFirst().orElseThrow();
        return QueryRunner.run(STORE.get(), query, params);
    }
}
