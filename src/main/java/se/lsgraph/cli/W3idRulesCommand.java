package se.lsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.lsgraph.catalog.W3idRules;

@Command(name = "w3id-rules", mixinStandardHelpOptions = true,
        description = "Writes the w3id.org redirect rules (.htaccess) sending https://w3id.org/lsgraph/... to the server "
                + "at the public URL; see docs/w3id/README.md.")
final class W3idRulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--public-url", required = true, paramLabel = "URL",
            description = "The URL the server is reached at (the same as serve --public-url), e.g. https://lsgraph.example.org")
    String publicUrl;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        String rules = W3idRules.forServer(publicUrl);
        if (output == null) {
            spec.commandLine().getOut().print(rules);
            spec.commandLine().getOut().flush();
        } else {
            Files.writeString(output, rules, StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }
}
