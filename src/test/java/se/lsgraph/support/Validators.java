package se.lsgraph.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The standards' published validators in ../shared/validators (beside the worktree). Tests that use
 * them skip, saying why, only when that folder is absent; .ci/run fails in CI when it is absent.
 */
public final class Validators {
    public static final Path DIR = Path.of("..", "shared", "validators");

    private Validators() {}

    public static Path required() {
        Assumptions.assumeTrue(Files.isDirectory(DIR),
                "SKIPPED: the published validators are not at " + DIR.toAbsolutePath() + " (see .ci/run)");
        return DIR;
    }
}
