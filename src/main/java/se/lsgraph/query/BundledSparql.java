package se.lsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import se.lsgraph.vocab.OfficialEnglishNames;

/**
 * The SPARQL the program itself runs, kept in src/main/resources/lsgraph/sparql/NAME.rq, with the
 * official English-name graphs filled in where a query asks for them ({@link OfficialEnglishNames}).
 */
public final class BundledSparql {
    private BundledSparql() {}

    public static String text(String name) {
        String path = "/lsgraph/sparql/" + name + ".rq";
        try (InputStream in = BundledSparql.class.getResourceAsStream(path)) {
            if (in == null)
                throw new IllegalStateException("Missing bundled query " + path);
            return OfficialEnglishNames.fillIn(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
