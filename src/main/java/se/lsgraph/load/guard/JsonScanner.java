package se.lsgraph.load.guard;

/** JSON (and JSON-LD): brackets are [ and { outside strings; strings are "…" with backslash escapes. */
final class JsonScanner extends BracketsAndStrings {
    private enum State { CODE, STRING, ESCAPE }

    private State state = State.CODE;

    JsonScanner(InputLimits limits) {
        super(limits);
    }

    @Override
    public String next(int b) {
        switch (state) {
            case CODE -> {
                switch (b) {
                    case '[', '{' -> {
                        return open();
                    }
                    case ']', '}' -> close();
                    case '"' -> {
                        startString();
                        state = State.STRING;
                    }
                    default -> { }
                }
                return null;
            }
            case STRING -> {
                if (b == '"') {
                    state = State.CODE;
                    return null;
                }
                if (b == '\\')
                    state = State.ESCAPE;
                return stringByte();
            }
            default -> {
                state = State.STRING;
                return stringByte();
            }
        }
    }
}
