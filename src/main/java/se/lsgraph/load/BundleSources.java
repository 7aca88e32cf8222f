package se.lsgraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of the bundled graph: ontology/ and data/ of the repository, read either from the
 * classpath (inside the jar, where the build puts them under lsgraph/) or from a checkout.
 */
public final class BundleSources {
    private static final String CLASSPATH_ROOT = "lsgraph";
    private static final List<String> FOLDERS = List.of("ontology", "data");

    private final List<BundleFile> files;

    private BundleSources(List<BundleFile> files) {
        this.files = files;
    }

    public static BundleSources fromClasspath() {
        BundleSources sources = ClasspathFolder.read(CLASSPATH_ROOT, BundleSources::fromDirectory);
        if (sources == null)
            throw new IllegalStateException("The bundled graph is missing from the classpath (" + CLASSPATH_ROOT
                    + "); build with mvn package");
        return sources;
    }

    /** Reads ontology/ and data/ below a directory (a repository checkout). */
    public static BundleSources fromDirectory(Path root) {
        List<BundleFile> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir))
                throw new IllegalArgumentException("No " + folder + "/ folder in " + root);
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> RdfFileReader.langOf(p.getFileName().toString()) != null)
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(p -> files.add(new BundleFile(root.relativize(p).toString().replace('\\', '/'),
                                readAll(p))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new BundleSources(files);
    }

    public List<BundleFile> files() {
        return files;
    }

    /** SHA-256 over every file's path and content: changes when any source file changes. */
    public String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (BundleFile f : files) {
                digest.update(f.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(f.content());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
