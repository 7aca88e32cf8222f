package se.lsgraph.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The user and password that may update the graph over HTTP. There is never a default password. */
public record Credentials(String user, String password) {
    public Credentials {
        if (user == null || user.isBlank())
            throw new IllegalArgumentException("An update user name is required");
        if (password == null || password.isBlank())
            throw new IllegalArgumentException("The update password is empty");
    }

    /** Reads the password from an environment variable. */
    public static Credentials fromEnvironment(String user, String variable) {
        String password = System.getenv(variable);
        if (password == null || password.isBlank())
            throw new IllegalArgumentException("Environment variable " + variable + " holds no password");
        return new Credentials(user, password);
    }

    /** Reads the password from the first line of a file. */
    public static Credentials fromFile(String user, Path file) {
        try {
            String first = Files.readAllLines(file).stream().findFirst().orElse("");
            return new Credentials(user, first.strip());
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read password file " + file + ": " + e.getMessage(), e);
        }
    }
}
