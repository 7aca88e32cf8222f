package se.lsgraph.store;

/**
 * Marks exceptions that report a problem with the caller's input (not with the store): a write
 * aborted by one is still aborted, but the exception reaches the caller as it is.
 */
public interface InputProblem {
}
