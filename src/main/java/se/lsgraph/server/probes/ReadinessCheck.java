package se.lsgraph.server.probes;

/** One thing a server needs before a load balancer may send it traffic. */
public interface ReadinessCheck {
    /** The name under which /ready reports this check ("store", "finder"). */
    String name();

    /** Null when ready; otherwise why not, in words an operator understands. */
    String notReadyBecause();
}
