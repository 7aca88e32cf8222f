package se.lsgraph.server.views;

/**
 * One view of the graph: its page is the template views/NAME.html, its script the bundle
 * /assets/views/NAME.js, its data the query lsgraph/sparql/views/NAME.rq (JSON and CSV at
 * /views/NAME/data.json and data.csv). Titles and descriptions are the messages view.NAME.title and
 * view.NAME.description. A view laid out on the server also answers /views/NAME/layout.json (the
 * positions of its nodes, see {@link NetworkLayout}).
 */
public record View(String name, boolean laidOutOnServer) {
    public View(String name) {
        this(name, false);
    }

    public String path() {
        return "/views/" + name;
    }

    public String template() {
        return "views/" + name;
    }

    public String query() {
        return "views/" + name;
    }
}
