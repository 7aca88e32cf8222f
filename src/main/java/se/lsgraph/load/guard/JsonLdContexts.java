package se.lsgraph.load.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * The only way a JSON-LD file's remote {@code @context} is resolved during a load: from a copy
 * bundled in the jar, listed in {@code lsgraph/jsonld-contexts/allow-list.properties} (context URL =
 * resource next to it). Any other URL is refused, so parsing never touches the network.
 */
public final class JsonLdContexts implements DocumentLoader {
    private static final String FOLDER = "lsgraph/jsonld-contexts/";

    /** Context URL to the classpath resource holding its copy. */
    private final Map<String, String> allowed;

    private JsonLdContexts(Map<String, String> allowed) {
        this.allowed = Map.copyOf(allowed);
    }

    /** The allow-list bundled in the jar. */
    public static JsonLdContexts bundled() {
        Properties list = new Properties();
        try (InputStream in = JsonLdContexts.class.getClassLoader().getResourceAsStream(FOLDER + "allow-list.properties")) {
            if (in != null)
                list.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> allowed = new TreeMap<>();
        list.forEach((url, file) -> allowed.put(url.toString(), FOLDER + file));
        return new JsonLdContexts(allowed);
    }

    /** An allow-list of context URLs and the classpath resources that hold them. */
    public static JsonLdContexts of(Map<String, String> allowed) {
        return new JsonLdContexts(allowed);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String resource = allowed.get(url.toString());
        if (resource == null)
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "the remote @context <" + url
                    + "> is not on the local allow-list (" + FOLDER + "allow-list.properties); loads never fetch from the network");
        InputStream in = JsonLdContexts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null)
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "the allow-listed @context <" + url
                    + "> has no bundled copy at " + resource);
        try (in) {
            Document document = JsonDocument.of(in);
            document.setDocumentUrl(url);
            return document;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
        }
    }
}
