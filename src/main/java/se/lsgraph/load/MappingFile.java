package se.lsgraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Reads and checks a mapping file, so that a bad mapping fails before any data is read. */
public final class MappingFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MappingFile() {}

    /** A mapping file, or the name of a mapping bundled with lsgraph (src/main/resources/lsgraph/mappings/). */
    public static Mapping resolve(String fileOrName) {
        Path path = Path.of(fileOrName);
        if (Files.isRegularFile(path))
            return read(path);
        try (InputStream in = MappingFile.class.getResourceAsStream("/lsgraph/mappings/" + fileOrName + ".mapping.json")) {
            if (in == null)
                throw new InputRejectedException(fileOrName, null, "no such mapping file, and no bundled mapping of that name");
            return parse(fileOrName, in.readAllBytes());
        } catch (IOException e) {
            throw new InputRejectedException(fileOrName, null, "cannot read mapping: " + e.getMessage());
        }
    }

    public static Mapping read(Path path) {
        try {
            return parse(path.toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new InputRejectedException(path.toString(), null, "cannot read mapping: " + e.getMessage());
        }
    }

    private static Mapping parse(String file, byte[] bytes) {
        Mapping mapping;
        try {
            mapping = JSON.readValue(bytes, Mapping.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InputRejectedException(file, "line " + e.getLocation().getLineNr(),
                    "unknown mapping key '" + e.getPropertyName() + "'");
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(file, "line " + e.getLocation().getLineNr(),
                    "not a valid mapping: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputRejectedException(file, null, "cannot read mapping: " + e.getMessage());
        }
        List<String> problems = problemsOf(mapping);
        if (!problems.isEmpty())
            throw new InputRejectedException(file, null, "invalid mapping: " + String.join("; ", problems));
        return mapping;
    }

    private static List<String> problemsOf(Mapping m) {
        List<String> problems = new ArrayList<>();
        if (m.name() == null || !m.name().matches("[a-z0-9][a-z0-9-]*"))
            problems.add("'name' must be lower-case letters, digits and hyphens");
        if (!List.of("csv", "json", "yaml-front-matter").contains(m.format()))
            problems.add("'format' must be \"csv\", \"json\" or \"yaml-front-matter\"");
        if (m.subject() == null || !m.subject().contains("{"))
            problems.add("'subject' must be an IRI template with at least one {field}");
        if (m.retrieved() != null && !m.retrieved().matches("\\d{4}-\\d{2}-\\d{2}"))
            problems.add("'retrieved' must be a date YYYY-MM-DD");
        if (m.properties() == null || m.properties().isEmpty())
            problems.add("'properties' must list at least one property");
        else
            for (int i = 0; i < m.properties().size(); i++)
                problems.addAll(problemsOf(i, m.properties().get(i)));
        return problems;
    }

    private static List<String> problemsOf(int index, Mapping.PropertyMapping p) {
        List<String> problems = new ArrayList<>();
        String at = "properties[" + index + "]";
        if (p.predicate() == null)
            problems.add(at + " has no 'predicate'");
        int objects = (p.field() != null ? 1 : 0) + (p.iri() != null ? 1 : 0) + (p.value() != null ? 1 : 0);
        if (objects != 1)
            problems.add(at + " needs exactly one of 'field', 'iri', 'value'");
        if (p.lang() != null && p.datatype() != null)
            problems.add(at + " cannot have both 'lang' and 'datatype'");
        if (p.match() != null)
            try {
                java.util.regex.Pattern.compile(p.match());
            } catch (java.util.regex.PatternSyntaxException e) {
                problems.add(at + " has an invalid 'match' pattern: " + e.getDescription());
            }
        return problems;
    }
}
