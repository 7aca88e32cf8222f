package se.lsgraph.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the header comment of a catalogue file:
 * <pre>
 * # summary: One line.
 * # description: Longer text.
 * # param: NAME TYPE EXAMPLE DESCRIPTION      (TYPE iri|string|integer|date, "?" suffix = optional;
 *                                             string:a|b|c allows only those values)
 * # output:
 * #   ?var1	?var2
 * #   &lt;row in Jena TSV&gt;
 * </pre>
 */
final class QueryHeader {
    private QueryHeader() {}

    static NamedQuery parse(String file, String text) {
        String summary = null;
        String description = null;
        List<QueryParam> params = new ArrayList<>();
        List<String> output = new ArrayList<>();
        boolean inOutput = false;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#"))
                break;
            String body = line.substring(1);
            if (inOutput && body.startsWith("   ")) {
                output.add(body.substring(3));
                continue;
            }
            inOutput = false;
            String content = body.strip();
            if (content.startsWith("summary:"))
                summary = content.substring("summary:".length()).strip();
            else if (content.startsWith("description:"))
                description = content.substring("description:".length()).strip();
            else if (content.startsWith("param:"))
                params.add(param(file, content.substring("param:".length()).strip()));
            else if (content.equals("output:"))
                inOutput = true;
        }
        if (summary == null || summary.isEmpty())
            throw new IllegalArgumentException(file + ": the header has no '# summary:' line");
        if (description == null || description.isEmpty())
            throw new IllegalArgumentException(file + ": the header has no '# description:' line");
        if (output.isEmpty())
            throw new IllegalArgumentException(file + ": the header has no '# output:' example");
        return new NamedQuery(nameOf(file), file, summary, description, List.copyOf(params), List.copyOf(output), text);
    }

    static String nameOf(String file) {
        return file.replaceFirst("\\.rq$", "").replaceFirst("^\\d+-", "");
    }

    private static QueryParam param(String file, String spec) {
        String[] parts = spec.split("\\s+", 4);
        if (parts.length < 3)
            throw new IllegalArgumentException(file + ": '# param:' needs NAME TYPE EXAMPLE [DESCRIPTION]: " + spec);
        boolean optional = parts[1].endsWith("?");
        String typeSpec = optional ? parts[1].substring(0, parts[1].length() - 1) : parts[1];
        List<String> choices = typeSpec.contains(":") ? List.of(typeSpec.substring(typeSpec.indexOf(':') + 1).split("\\|")) : List.of();
        ParamType type = ParamType.of(typeSpec.contains(":") ? typeSpec.substring(0, typeSpec.indexOf(':')) : typeSpec);
        if (!choices.isEmpty() && !choices.contains(parts[2]))
            throw new IllegalArgumentException(file + ": '# param: " + parts[0] + "': the example '" + parts[2] + "' is not one of " + choices);
        return new QueryParam(parts[0], type, optional, parts[2], parts.length > 3 ? parts[3] : "", choices);
    }
}
