package se.lsgraph.load.guard;

/**
 * RDF/XML: elements nest. An element opens at {@code <} followed by its name and closes at
 * {@code </…>} or {@code />}; comments, CDATA sections, processing instructions and the DOCTYPE
 * (with its internal subset in [ ]) are skipped, and so are quoted attribute values, where a
 * {@code >} does not end the tag.
 */
final class XmlScanner extends BracketsAndStrings {
    private enum State { TEXT, MARKUP_START, START_TAG, START_TAG_SLASH, QUOTED, END_TAG, BANG, SKIPPED }

    private State state = State.TEXT;
    private int quote;
    /** What ends the skipped markup (-->, ]]>, ?> or a > outside the DOCTYPE's brackets), and how much of it has been seen. */
    private String terminator;
    private int matched;
    private int subsetDepth;
    private final StringBuilder bang = new StringBuilder();

    XmlScanner(InputLimits limits) {
        super(limits);
    }

    @Override
    public String next(int b) {
        switch (state) {
            case TEXT -> {
                if (b == '<')
                    state = State.MARKUP_START;
            }
            case MARKUP_START -> {
                if (b == '/') {
                    state = State.END_TAG;
                } else if (b == '?') {
                    skipUntil("?>");
                } else if (b == '!') {
                    bang.setLength(0);
                    state = State.BANG;
                } else {
                    state = State.START_TAG;
                    return open("elements inside elements");
                }
            }
            case START_TAG -> startTag(b);
            case START_TAG_SLASH -> {
                if (b == '>') {
                    close();
                    state = State.TEXT;
                } else {
                    startTag(b);
                }
            }
            case QUOTED -> {
                if (b == quote)
                    state = State.START_TAG;
            }
            case END_TAG -> {
                if (b == '>') {
                    close();
                    state = State.TEXT;
                }
            }
            case BANG -> bang(b);
            case SKIPPED -> skipped(b);
        }
        return null;
    }

    private void startTag(int b) {
        if (b == '"' || b == '\'') {
            quote = b;
            state = State.QUOTED;
        } else if (b == '/') {
            state = State.START_TAG_SLASH;
        } else if (b == '>') {
            state = State.TEXT;
        } else {
            state = State.START_TAG;
        }
    }

    /** After {@code <!}: a comment, a CDATA section, or a declaration such as DOCTYPE. */
    private void bang(int b) {
        bang.append((char) b);
        String seen = bang.toString();
        if (seen.equals("--")) {
            skipUntil("-->");
        } else if (seen.equals("[CDATA[")) {
            skipUntil("]]>");
        } else if (!"--".startsWith(seen) && !"[CDATA[".startsWith(seen)) {
            terminator = null;
            subsetDepth = b == '[' ? 1 : 0;
            state = b == '>' ? State.TEXT : State.SKIPPED;
        }
    }

    private void skipUntil(String end) {
        terminator = end;
        matched = 0;
        state = State.SKIPPED;
    }

    private void skipped(int b) {
        if (terminator == null) { // a declaration: ends at > outside its [ ] subset
            if (b == '[')
                subsetDepth++;
            else if (b == ']' && subsetDepth > 0)
                subsetDepth--;
            else if (b == '>' && subsetDepth == 0)
                state = State.TEXT;
            return;
        }
        if (b == terminator.charAt(matched)) {
            if (++matched == terminator.length())
                state = State.TEXT;
        } else {
            matched = b == terminator.charAt(0) ? 1 : 0;
        }
    }
}
