package se.lsgraph.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The open-data sources lsgraph imports, as listed in src/main/resources/lsgraph/opendata/sources.json. */
public final class OpenDataManifest {
    private static final String PATH = "/lsgraph/opendata/sources.json";

    private OpenDataManifest() {}

    public static List<OpenDataSource> sources() {
        try (InputStream in = OpenDataManifest.class.getResourceAsStream(PATH)) {
            if (in == null)
                throw new IllegalStateException("missing " + PATH);
            return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, new TypeReference<List<OpenDataSource>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
