package se.lsgraph.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.SKOS;

import se.lsgraph.vocab.Ids;

/** The HTML of a resource's page and of the not-found page; every value is escaped. */
final class ResourcePage {
    private ResourcePage() {}

    static String render(Node resource, List<Binding> statements, List<Binding> sources, List<Binding> incoming) {
        String title = labelOf(resource, statements);
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"iri\"><code>").append(Html.escape(resource.getURI())).append("</code></p>\n");
        body.append("<section aria-labelledby=\"props\"><h2 id=\"props\">Uppgifter <span lang=\"en\">/ Statements</span></h2>\n");
        body.append("<table><thead><tr><th scope=\"col\">Egenskap / Property</th><th scope=\"col\">Värde / Value</th>"
                + "<th scope=\"col\">Källa / Source</th></tr></thead><tbody>\n");
        for (Binding b : statements) {
            body.append("<tr><td>").append(propertyLabel(b, "p", "pSv", "pEn")).append("</td><td>")
                    .append(value(b.get(Var.alloc("o")), text(b, "oSv"), text(b, "oEn"))).append("</td><td>")
                    .append(Html.escape(sourceName(b.get(Var.alloc("g"))))).append("</td></tr>\n");
        }
        body.append("</tbody></table></section>\n");
        body.append("<section aria-labelledby=\"sources\"><h2 id=\"sources\">Källor <span lang=\"en\">/ Sources</span></h2><ul>\n");
        for (Binding b : sources) {
            body.append("<li><strong>").append(Html.escape(sourceName(b.get(Var.alloc("g"))))).append("</strong>");
            Node doc = b.get(Var.alloc("document"));
            if (doc != null)
                body.append(": ").append(link(doc, text(b, "documentTitle")));
            Node section = b.get(Var.alloc("section"));
            if (section != null)
                body.append(", ").append(Html.escape(sectionName(b, section)));
            body.append("</li>\n");
        }
        body.append("</ul></section>\n");
        if (!incoming.isEmpty()) {
            body.append("<section aria-labelledby=\"related\"><h2 id=\"related\">Relaterat <span lang=\"en\">/ Related</span></h2><ul>\n");
            for (Binding b : incoming)
                body.append("<li>").append(link(b.get(Var.alloc("s")), text(b, "sSv") != null ? text(b, "sSv") : text(b, "sEn")))
                        .append(" <span class=\"via\">(").append(propertyLabel(b, "p", "pSv", "pEn")).append(")</span></li>\n");
            body.append("</ul></section>\n");
        }
        return page(title, body.toString());
    }

    static String notFound(String iri) {
        return page("Hittades inte / Not found",
                "<p>Grafen känner inte till <code>" + Html.escape(iri) + "</code>.</p>\n"
                        + "<p lang=\"en\">The graph does not know this resource.</p>\n"
                        + "<p><a href=\"/\">Sök / Search</a></p>\n");
    }

    static String page(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="sv">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – lsgraph</title><link rel="stylesheet" href="/lsgraph.css"></head>
                <body>
                <nav aria-label="Webbplats"><a href="/">lsgraph – sök / search</a> · <a href="/sparql.html">SPARQL</a></nav>
                <main>
                <h1>%s</h1>
                %s</main>
                </body>
                </html>
                """.formatted(Html.escape(title), Html.escape(title), body);
    }

    private static String labelOf(Node resource, List<Binding> statements) {
        Map<String, String> byLang = new LinkedHashMap<>();
        for (Binding b : statements)
            if (SKOS.prefLabel.asNode().equals(b.get(Var.alloc("p"))) && b.get(Var.alloc("o")).isLiteral())
                byLang.putIfAbsent(b.get(Var.alloc("o")).getLiteralLanguage(), b.get(Var.alloc("o")).getLiteralLexicalForm());
        return byLang.getOrDefault("sv", byLang.getOrDefault("en", resource.getURI()));
    }

    private static String sectionName(Binding b, Node section) {
        String label = text(b, "sectionLabel");
        String number = text(b, "sectionNumber");
        if (label == null)
            return section.getURI();
        return number == null || label.startsWith(number) ? label : number + " " + label;
    }

    private static String propertyLabel(Binding b, String var, String sv, String en) {
        String label = text(b, sv) != null ? text(b, sv) : text(b, en);
        Node p = b.get(Var.alloc(var));
        return Html.escape(label != null ? label : shortName(p.getURI()));
    }

    private static String value(Node o, String sv, String en) {
        if (o.isURI())
            return link(o, sv != null ? sv : en);
        if (o.isLiteral() && org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI.getURI().equals(o.getLiteralDatatypeURI())
                && o.getLiteralLexicalForm().matches("https?://\\S+"))
            return "<a href=\"" + Html.escape(o.getLiteralLexicalForm()) + "\">" + Html.escape(o.getLiteralLexicalForm()) + "</a>";
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            String text = Html.escape(o.getLiteralLexicalForm());
            return lang.isEmpty() ? text : "<span lang=\"" + Html.escape(lang) + "\">" + text + "</span>";
        }
        return Html.escape(o.toString());
    }

    private static String link(Node node, String label) {
        String iri = node.getURI();
        String href = iri.startsWith(Ids.RESOURCE) ? "/id/" + iri.substring(Ids.RESOURCE.length()) : iri;
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(label != null ? label : shortName(iri)) + "</a>";
    }

    private static String sourceName(Node graph) {
        String name = graph == null ? null : Ids.sourceNameOf(graph);
        return name != null ? name : (graph == null ? "" : graph.toString());
    }

    private static String shortName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private static String text(Binding b, String var) {
        Node n = b.get(Var.alloc(var));
        return n == null ? null : n.getLiteralLexicalForm();
    }
}
