package se.lsgraph.query;

/** Generates docs/queries.md from the catalogue's headers. */
public final class QueryDocs {
    private QueryDocs() {}

    public static String markdown(QueryCatalogue catalogue) {
        StringBuilder md = new StringBuilder();
        md.append("# Query catalogue\n\n");
        md.append("Generated from the headers of `queries/*.rq` by `java -jar target/lsgraph.jar query --write-docs docs/queries.md`;\n");
        md.append("a test fails when this file is out of date. Run a query with\n");
        md.append("`java -jar target/lsgraph.jar query NAME --param name=value --format table|csv|tsv|json`\n");
        md.append("or over HTTP with `GET /api/queries/NAME?name=value`.\n\n");
        md.append("| query | summary | parameters |\n|---|---|---|\n");
        for (NamedQuery q : catalogue.list())
            md.append("| [`").append(q.name()).append("`](#").append(q.name()).append(") | ")
                    .append(cell(q.summary())).append(" | ")
                    .append(q.params().isEmpty() ? "" : cell(String.join(", ", q.params().stream().map(QueryParam::name).toList())))
                    .append(" |\n");
        for (NamedQuery q : catalogue.list()) {
            md.append("\n## ").append(q.name()).append("\n\n");
            md.append(q.summary()).append("\n\n").append(q.description()).append("\n\n");
            md.append("File: [`queries/").append(q.file()).append("`](../queries/").append(q.file()).append(")\n\n");
            if (!q.params().isEmpty()) {
                md.append("| parameter | type | example | description |\n|---|---|---|---|\n");
                for (QueryParam p : q.params())
                    md.append("| `").append(p.name()).append("` | ").append(p.typeLabel()).append(p.optional() ? " (optional)" : "")
                            .append(" | `").append(cell(p.example())).append("` | ").append(cell(p.description())).append(" |\n");
                md.append("\n");
            }
            md.append("Example output:\n\n```\n");
            q.output().forEach(line -> md.append(line).append("\n"));
            md.append("```\n");
        }
        return md.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
