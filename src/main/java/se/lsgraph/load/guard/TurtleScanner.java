package se.lsgraph.load.guard;

/**
 * Turtle, TriG, N-Triples and N-Quads: brackets are [ ( { outside IRIs, strings and comments;
 * strings are "…", '…', """…""" and '''…''' with backslash escapes.
 */
final class TurtleScanner extends BracketsAndStrings {
    private enum State { CODE, ESCAPE_IN_CODE, COMMENT, IRI, ONE_QUOTE, TWO_QUOTES, SHORT, SHORT_ESCAPE, LONG, LONG_ESCAPE }

    private State state = State.CODE;
    private int quote;
    private int closingQuotes;

    TurtleScanner(InputLimits limits) {
        super(limits);
    }

    @Override
    public String next(int b) {
        return switch (state) {
            case CODE -> code(b);
            case ESCAPE_IN_CODE -> to(State.CODE);
            case COMMENT -> b == '\n' || b == '\r' ? to(State.CODE) : null;
            case IRI -> b == '>' ? to(State.CODE) : null;
            case ONE_QUOTE -> afterOneQuote(b);
            case TWO_QUOTES -> b == quote ? longString() : code(b);
            case SHORT -> inShort(b);
            case SHORT_ESCAPE -> inString(State.SHORT);
            case LONG -> inLong(b);
            case LONG_ESCAPE -> inString(State.LONG);
        };
    }

    private String code(int b) {
        state = State.CODE;
        switch (b) {
            case '[', '(', '{' -> {
                return open();
            }
            case ']', ')', '}' -> close();
            case '#' -> state = State.COMMENT;
            case '<' -> state = State.IRI;
            case '\\' -> state = State.ESCAPE_IN_CODE;
            case '"', '\'' -> {
                quote = b;
                startString();
                state = State.ONE_QUOTE;
            }
            default -> { }
        }
        return null;
    }

    /** After one quote: a second one is either an empty string or the start of a long one. */
    private String afterOneQuote(int b) {
        if (b == quote) {
            state = State.TWO_QUOTES;
            return null;
        }
        state = State.SHORT;
        return inShort(b);
    }

    private String longString() {
        state = State.LONG;
        closingQuotes = 0;
        return null;
    }

    private String inShort(int b) {
        if (b == quote)
            return to(State.CODE);
        if (b == '\\')
            state = State.SHORT_ESCAPE;
        return stringByte();
    }

    private String inLong(int b) {
        if (b == quote) {
            if (++closingQuotes == 3)
                return to(State.CODE);
            return stringByte();
        }
        closingQuotes = 0;
        if (b == '\\')
            state = State.LONG_ESCAPE;
        return stringByte();
    }

    private String inString(State back) {
        state = back;
        return stringByte();
    }

    private String to(State next) {
        state = next;
        return null;
    }
}
