package se.lsgraph.store;

/** A write was asked of a store opened read-only (a replica serving a built database). */
public final class ReadOnlyStoreException extends StoreException {
    public ReadOnlyStoreException(String message) {
        super(message);
    }
}
