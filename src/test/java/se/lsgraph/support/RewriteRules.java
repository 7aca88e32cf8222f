package se.lsgraph.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RewriteRule lines of an Apache .htaccess as w3id.org applies them inside a project folder:
 * the path below the folder is matched against each rule in order and the first match redirects,
 * its $N replaced by the groups and \% read as %. Only what docs/w3id/.htaccess uses (no RewriteCond).
 */
public final class RewriteRules {
    private static final Pattern RULE = Pattern.compile("^RewriteRule\\s+(\\S+)\\s+(\\S+)\\s+\\[([^\\]]*)]\\s*$");

    /** One rule: the pattern, the target and the redirect status of its R= flag. */
    public record Rule(Pattern pattern, String target, int status) {}

    /** Where a path is sent: the status and the target URL. */
    public record Redirect(int status, String location) {}

    private final List<Rule> rules = new ArrayList<>();

    public RewriteRules(Path htaccess) throws IOException {
        for (String line : Files.readAllLines(htaccess)) {
            String l = line.strip();
            if (!l.startsWith("RewriteRule"))
                continue;
            Matcher m = RULE.matcher(l);
            if (!m.matches())
                throw new IllegalArgumentException(htaccess + ": cannot read rule: " + l);
            Matcher status = Pattern.compile("R=(\\d{3})").matcher(m.group(3));
            if (!status.find())
                throw new IllegalArgumentException(htaccess + ": rule without R=status: " + l);
            rules.add(new Rule(Pattern.compile(m.group(1)), m.group(2), Integer.parseInt(status.group(1))));
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The redirect of a path below the project folder (without the leading slash), or null if no rule matches. */
    public Redirect apply(String path) {
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(path);
            if (m.matches()) {
                String target = r.target().replace("\\%", "%");
                for (int g = m.groupCount(); g >= 1; g--)
                    target = target.replace("$" + g, m.group(g));
                return new Redirect(r.status(), target);
            }
        }
        return null;
    }
}
