package se.lsgraph.server.limits;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.lang.arq.ParserARQUpdate;
import org.apache.jena.sparql.modify.UpdateRequestSink;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * Reads a SPARQL Update's text before any transaction begins: within the request's deadline (ARQ's
 * parser costs minutes on a 10 MB comment, see {@link ParseBudget}), and for the IRIs it would LOAD.
 * Fuseki parses an update on a transactional store inside its write transaction, so an error found
 * there aborts that transaction, and on TDB2 every aborted write makes the next write reconnect to
 * the database, which waits for every read still open (the store's RecoveringDatasetGraph).
 */
final class UpdateText {
    /** The base Fuseki parses updates against, so that relative IRIs read the same here. */
    private static final String BASE = "http://server/unset-base/";

    private UpdateText() {}

    /**
     * The parsed update; QueryParseException with the position, or with the timeout's message when
     * the deadline of the ticket (null: none) cut the parse.
     */
    static UpdateRequest parse(String text, RunningQueries.Ticket ticket) {
        UpdateRequest request = new UpdateRequest();
        request.setBaseURI(BASE);
        DeadlineReader in = DeadlineReader.of(text, ticket);
        try {
            new Bounded().read(request, in);
        } catch (QueryParseException e) {
            in.requireInTime(ticket, ParseBudget::updateMessage);
            throw e;
        }
        in.requireInTime(ticket, ParseBudget::updateMessage);
        return request;
    }

    /** The sources of the update's LOAD operations, in order. */
    static List<String> loadSources(UpdateRequest request) {
        List<String> sources = new ArrayList<>();
        for (Update u : request.getOperations())
            if (u instanceof UpdateLoad load)
                sources.add(load.getSource());
        return sources;
    }

    /** ARQ's update parser, fed from a reader (its public entry points take a string or a stream). */
    private static final class Bounded extends ParserARQUpdate {
        void read(UpdateRequest request, DeadlineReader in) {
            UpdateRequestSink sink = new UpdateRequestSink(request);
            executeParse(sink, request, in);
            sink.close();
        }
    }
}
