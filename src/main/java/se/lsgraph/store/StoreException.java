package se.lsgraph.store;

/** The store could not do what was asked; the stored graph is unchanged. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
