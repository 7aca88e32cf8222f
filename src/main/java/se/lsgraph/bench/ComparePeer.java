package se.lsgraph.bench;

/**
 * One store in {@code lsgraph bench compare}: it runs a catalogue query (by name; each store knows
 * the query's text) and counts the rows of its whole answer.
 */
interface ComparePeer extends AutoCloseable {
    /** Runs the query to its last row; returns the number of rows. */
    long rows(String query) throws Exception;

    /** Statements the store holds. */
    long size() throws Exception;

    @Override
    void close() throws Exception;
}
