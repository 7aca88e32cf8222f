package se.lsgraph.server.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;

import se.lsgraph.server.pages.Language;
import se.lsgraph.store.GraphStore;

/**
 * Where the network view draws each node: a force-directed (Fruchterman–Reingold) layout of the
 * view's links, computed on the server once per state of the graph and sent as positions, so the
 * browser draws at once instead of running a layout on every visit (that layout was most of the
 * time to an interactive network). The seed is fixed: the same graph is always drawn the same way.
 */
public final class NetworkLayout {
    private static final int ITERATIONS = 100;
    // Half the default optimal distance: clusters stay compact instead of being pushed to the edges of the area.
    private static final double NORMALIZATION = 0.5;
    private static final long SEED = 20261202L;
    /** Room per node, in the picture's pixels: the drawing area grows with the square root of the node count. */
    private static final double ROOM_PER_NODE = 120;

    public record Position(double x, double y) {}

    private final ViewData data;
    private final GraphStore store;
    private final View view;
    private long generation = -1;
    private Map<String, Position> positions = Map.of();

    NetworkLayout(ViewData data, GraphStore store, View view) {
        this.data = data;
        this.store = store;
        this.view = view;
    }

    /** The positions of the view's nodes by IRI, recomputed after the graph changed. */
    public synchronized Map<String, Position> positions() {
        long now = store.generation();
        if (now != generation) {
            positions = layout(data.of(view, Language.SV).rows());
            generation = now;
        }
        return positions;
    }

    static Map<String, Position> layout(List<Map<String, Object>> links) {
        Graph<String, DefaultEdge> graph = new Pseudograph<>(DefaultEdge.class);
        for (Map<String, Object> link : links) {
            String source = (String) link.get("source");
            String target = (String) link.get("target");
            graph.addVertex(source);
            graph.addVertex(target);
            if (!source.equals(target))
                graph.addEdge(source, target);
        }
        // Each connected part is laid out on its own and the parts are then set side by side in rows,
        // largest first: laid out together, unconnected parts repel each other against the edges of
        // the drawing area, where their labels overlap.
        List<Set<String>> parts = new ArrayList<>(new ConnectivityInspector<>(graph).connectedSets());
        parts.sort(Comparator.comparingInt((Set<String> part) -> -part.size()));
        double rowWidth = ROOM_PER_NODE * Math.sqrt(graph.vertexSet().size()) * 1.6;
        Map<String, Position> out = new LinkedHashMap<>();
        double x = 0, y = 0, rowHeight = 0;
        for (Set<String> part : parts) {
            double side = ROOM_PER_NODE * Math.sqrt(part.size());
            if (x > 0 && x + side > rowWidth) {
                x = 0;
                y += rowHeight + ROOM_PER_NODE / 2;
                rowHeight = 0;
            }
            MapLayoutModel2D<String> model = new MapLayoutModel2D<>(new Box2D(side, side));
            new FRLayoutAlgorithm2D<String, DefaultEdge>(ITERATIONS, NORMALIZATION, new Random(SEED))
                    .layout(copyOf(new AsSubgraph<>(graph, part)), model);
            // The layout stops nodes at the edge of the area, where two can end on one point: the
            // second is moved down a little, so that every node can be seen and clicked.
            Set<Position> taken = new HashSet<>();
            for (String node : part) {
                Point2D p = model.get(node);
                Position at = new Position(round(x + p.getX()), round(y + p.getY()));
                while (!taken.add(at))
                    at = new Position(at.x(), round(at.y() + ROOM_PER_NODE / 4));
                out.put(node, at);
            }
            x += side + ROOM_PER_NODE / 2;
            rowHeight = Math.max(rowHeight, side);
        }
        return out;
    }

    // A plain copy: the layout walks the edges hundreds of times, and a subgraph view filters all of
    // the graph's edges on every walk.
    private static Graph<String, DefaultEdge> copyOf(Graph<String, DefaultEdge> part) {
        Graph<String, DefaultEdge> copy = new Pseudograph<>(DefaultEdge.class);
        part.vertexSet().forEach(copy::addVertex);
        part.edgeSet().forEach(e -> copy.addEdge(part.getEdgeSource(e), part.getEdgeTarget(e)));
        return copy;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
