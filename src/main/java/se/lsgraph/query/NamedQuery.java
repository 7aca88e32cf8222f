package se.lsgraph.query;

import java.util.List;
import java.util.Optional;

/**
 * One query of the catalogue, read from queries/NN-slug.rq: its header (summary, description,
 * parameters, example output) and its SPARQL text.
 *
 * @param name   the slug, without the number (e.g. "priority-areas-of-aspect")
 * @param file   the file name (e.g. "05-priority-areas-of-aspect.rq")
 * @param output the example output lines of the header, in Jena TSV format
 */
public record NamedQuery(String name, String file, String summary, String description,
                         List<QueryParam> params, List<String> output, String sparql) {

    public Optional<QueryParam> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}
