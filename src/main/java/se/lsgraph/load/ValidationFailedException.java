package se.lsgraph.load;

import java.util.List;
import java.util.stream.Collectors;

import se.lsgraph.store.InputProblem;
import se.lsgraph.validate.ShapesValidator;

/** The input parsed but breaks the SHACL shapes; nothing was written. */
public class ValidationFailedException extends RuntimeException implements InputProblem {
    private static final int SHOWN = 20;
    private final List<ShapesValidator.Violation> violations;

    public ValidationFailedException(List<ShapesValidator.Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<ShapesValidator.Violation> violations() {
        return violations;
    }

    private static String describe(List<ShapesValidator.Violation> violations) {
        String shown = violations.stream().limit(SHOWN).map(v -> "  " + v).collect(Collectors.joining("\n"));
        String more = violations.size() > SHOWN ? "\n  ... and " + (violations.size() - SHOWN) + " more" : "";
        return violations.size() + " SHACL violation(s):\n" + shown + more;
    }
}
