package se.lsgraph.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a folder of the classpath, whether it lies in target/classes or inside the jar. A jar's
 * file system may already be open (Jetty mounts it to serve static files): then it is used, not closed.
 */
public final class ClasspathFolder {
    private ClasspathFolder() {}

    /** Applies the reader to the folder as a Path; null if the folder is not on the classpath. */
    public static <T> T read(String folder, Function<Path, T> reader) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null)
            return null;
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme()))
                return reader.apply(Path.of(uri));
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return reader.apply(fs.getPath("/" + folder));
            } catch (FileSystemAlreadyExistsException inUse) {
                return reader.apply(FileSystems.getFileSystem(uri).getPath("/" + folder));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read " + folder + " from the classpath: " + e.getMessage(), e);
        }
    }
}
