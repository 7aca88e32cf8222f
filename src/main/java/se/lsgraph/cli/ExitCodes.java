package se.lsgraph.cli;

/** Exit codes shared by every subcommand. */
final class ExitCodes {
    static final int OK = 0;
    /** The input was rejected (malformed, invalid, or breaking a shape); nothing was changed. */
    static final int REJECTED = 1;
    /** Wrong usage: unknown option, missing argument (picocli's own code). */
    static final int USAGE = 2;
    /** Something failed that is not the input's fault (I/O, store). */
    static final int FAILURE = 3;

    private ExitCodes() {}
}
