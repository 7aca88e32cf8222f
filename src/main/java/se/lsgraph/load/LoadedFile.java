package se.lsgraph.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file that went into a load, as its provenance record names it. */
public record LoadedFile(String name, String sha256, long bytes) {
    public static LoadedFile of(String name, byte[] content) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return new LoadedFile(name, hex, content.length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
