package se.lsgraph.load;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

import se.lsgraph.validate.FocusNodeValidation;
import se.lsgraph.validate.GraphValidation;
import se.lsgraph.validate.ShapesValidator;
import se.lsgraph.vocab.Ids;

/**
 * The touched-node validation of {@link ChangeValidation} for a staged build, on every core: the
 * build is committed and nothing else writes to it, so several read transactions can validate it at
 * once. The calling thread reads the new content once, in index order, and each touched node goes to
 * the worker its hash names (the calling thread is worker 0), so every node is checked by exactly one
 * worker, with what points at it, as {@link ChangeValidation} checks it; the far-reaching shapes are
 * checked once, at the end. The violations are the union of the workers', sorted: the same as one
 * thread finds. On one core, or when the class hierarchy changed (the whole store is validated), it
 * is {@link ChangeValidation} in a read transaction.
 */
final class StagedValidation {
    /** Touched nodes handed to a worker at a time: few enough hand-overs, little held in memory. */
    private static final int BATCH = 4_096;
    /** Batches waiting for a worker; beyond that the reader waits, so memory stays bounded. */
    private static final int QUEUED = 8;

    private StagedValidation() {}

    /** Throws {@link ValidationFailedException} when the staged change breaks a shape. */
    static void validate(DatasetGraph staged, GraphValidation validation, Set<Node> replaced, RemovedNodes removed,
                         boolean classesChanged, PrintStream progressOut) {
        int workers = Runtime.getRuntime().availableProcessors();
        if (classesChanged || workers < 2) {
            Txn.executeRead(staged, () -> ChangeValidation.validate(staged, validation, replaced, removed,
                    classesChanged, progressOut));
            return;
        }
        List<ShapesValidator.Violation> violations = new Run(staged, validation, workers).validate(replaced, removed,
                progressOut);
        if (!violations.isEmpty())
            throw new ValidationFailedException(violations);
    }

    /** A node the change touched, as {@link FocusNodeValidation} takes it: a subject, or an object under its predicate. */
    private record Touched(Node predicate, Node node) {
        static final List<Touched> END = List.of();

        void checkWith(FocusNodeValidation focus) {
            if (predicate == null)
                focus.subject(node);
            else
                focus.object(predicate, node);
        }
    }

    private static final class Run {
        private final DatasetGraph staged;
        private final GraphValidation validation;
        private final List<BlockingQueue<List<Touched>>> queues = new ArrayList<>();
        private final List<List<Touched>> pending = new ArrayList<>();
        private final List<Future<List<ShapesValidator.Violation>>> helpers = new ArrayList<>();
        private final ExecutorService pool;
        private FocusNodeValidation own;

        Run(DatasetGraph staged, GraphValidation validation, int workers) {
            this.staged = staged;
            this.validation = validation;
            this.pool = Executors.newFixedThreadPool(workers - 1, r -> {
                Thread t = new Thread(r, "lsgraph-validate");
                t.setDaemon(true);
                return t;
            });
            pending.add(null); // worker 0 is this thread: it checks its nodes at once
            queues.add(null);
            for (int i = 1; i < workers; i++) {
                BlockingQueue<List<Touched>> queue = new ArrayBlockingQueue<>(QUEUED);
                queues.add(queue);
                pending.add(new ArrayList<>(BATCH));
                helpers.add(pool.submit(() -> helper(queue)));
            }
        }

        List<ShapesValidator.Violation> validate(Set<Node> replaced, RemovedNodes removed, PrintStream progressOut) {
            try {
                Set<ShapesValidator.Violation> all = new LinkedHashSet<>(Txn.calculateRead(staged, () -> {
                    own = focusNodes();
                    Progress progress = new Progress(progressOut, "validate");
                    for (Node g : replaced)
                        readContent(g, progress);
                    removed.forEach(n -> route(new Touched(null, n)));
                    for (int i = 1; i < queues.size(); i++)
                        handOver(i, true);
                    own.farReachingShapes();
                    progress.done();
                    return own.violations();
                }));
                for (Future<List<ShapesValidator.Violation>> helper : helpers)
                    all.addAll(helper.get());
                List<ShapesValidator.Violation> sorted = new ArrayList<>(all);
                sorted.sort(java.util.Comparator.comparing(ShapesValidator.Violation::toString));
                return sorted;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while validating the staged load", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
                awaitQuietly();
            }
        }

        private FocusNodeValidation focusNodes() {
            return validation.focusNodes(staged, Set.of(Ids.PROVENANCE_GRAPH));
        }

        /**
         * The graph's new content in index order, as {@link ChangeValidation} reads it, but as node
         * ids: a quad's nodes are looked up only when they are handed on (each subject once, an
         * object only under a predicate that makes objects targets, the only objects
         * {@link FocusNodeValidation#object} checks), not four look-ups for every quad.
         */
        private void readContent(Node g, Progress progress) {
            NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(staged).getQuadTable().getNodeTupleTable();
            NodeTable nodes = quads.getNodeTable();
            Map<NodeId, Node> objectTargets = new HashMap<>();
            for (Node p : validation.shapes().reach().targetObjectsOfPredicates()) {
                NodeId id = nodes.getNodeIdForNode(p);
                if (!NodeId.isDoesNotExist(id))
                    objectTargets.put(id, p);
            }
            NodeId last = null;
            Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(g, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext() && !own.full()) {
                Tuple<NodeId> q = it.next();
                if (!q.get(1).equals(last)) {
                    last = q.get(1);
                    route(new Touched(null, nodes.getNodeForNodeId(last)));
                }
                Node predicate = objectTargets.get(q.get(2));
                if (predicate != null)
                    route(new Touched(predicate, nodes.getNodeForNodeId(q.get(3))));
                progress.tick();
            }
        }

        private void route(Touched touched) {
            int worker = Math.floorMod(touched.node().hashCode(), queues.size());
            if (worker == 0) {
                touched.checkWith(own);
                return;
            }
            List<Touched> batch = pending.get(worker);
            batch.add(touched);
            if (batch.size() >= BATCH)
                handOver(worker, false);
        }

        private void handOver(int worker, boolean last) {
            List<Touched> batch = pending.get(worker);
            if (!batch.isEmpty()) {
                put(worker, batch);
                pending.set(worker, new ArrayList<>(BATCH));
            }
            if (last)
                put(worker, Touched.END);
        }

        /** Queues a batch for a worker; a worker that failed ends the run with its failure instead of a wait for ever. */
        private void put(int worker, List<Touched> batch) {
            Future<List<ShapesValidator.Violation>> helper = helpers.get(worker - 1);
            try {
                while (!queues.get(worker).offer(batch, 100, TimeUnit.MILLISECONDS))
                    if (helper.isDone()) {
                        helper.get();
                        throw new IllegalStateException("a validation worker stopped before the end of the load");
                    }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while validating the staged load", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        /** A worker's part, in its own read transaction of the staged build. */
        private List<ShapesValidator.Violation> helper(BlockingQueue<List<Touched>> queue) {
            return Txn.calculateRead(staged, () -> {
                FocusNodeValidation focus = focusNodes();
                try {
                    for (List<Touched> batch = queue.take(); batch != Touched.END; batch = queue.take())
                        for (Touched t : batch)
                            t.checkWith(focus);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return List.of(); // the reader failed and stopped the run: nothing to report
                }
                return focus.violations();
            });
        }

        private void awaitQuietly() {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
