package se.lsgraph.link;

import java.util.List;

/**
 * What lsgraph link found for one registry record: a match (one organisation, by identifier or
 * by name), an ambiguity (several organisations, or identifiers that disagree) or a miss.
 */
public record LinkResult(String record, String name, Status status, List<String> organisations, String via) {
    public enum Status { MATCH, AMBIGUOUS, MISS }
}
