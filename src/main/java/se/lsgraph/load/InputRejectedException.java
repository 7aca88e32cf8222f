package se.lsgraph.load;

import se.lsgraph.store.InputProblem;

/**
 * Input that cannot be loaded: names the file, where in it (line or record) and why.
 * Thrown before any write, so the stored graph is unchanged.
 */
public class InputRejectedException extends RuntimeException implements InputProblem {
    private final String file;
    private final String where;
    private final String reason;

    public InputRejectedException(String file, String where, String reason) {
        super(file + (where == null ? "" : ": " + where) + ": " + reason);
        this.file = file;
        this.where = where;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String where() {
        return where;
    }

    public String reason() {
        return reason;
    }
}
