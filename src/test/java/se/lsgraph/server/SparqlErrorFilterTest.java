package se.lsgraph.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who gets Fuseki's errors as JSON: a client whose first choice (by q-value) is a JSON type. */
class SparqlErrorFilterTest {
    @Test
    void jsonClientsAreThoseWhoseFirstChoiceIsAJsonType() {
        assertTrue(SparqlErrorFilter.asksForJson("application/sparql-results+json"));
        assertTrue(SparqlErrorFilter.asksForJson("text/csv;q=0.5, application/json"));
        assertTrue(SparqlErrorFilter.asksForJson("application/ld+json"));
        assertFalse(SparqlErrorFilter.asksForJson("application/json;q=0.2, text/csv"));
        assertFalse(SparqlErrorFilter.asksForJson("*/*"));
        assertFalse(SparqlErrorFilter.asksForJson("text/plain"));
        assertFalse(SparqlErrorFilter.asksForJson(null));
    }
}
