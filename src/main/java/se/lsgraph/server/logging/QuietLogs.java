package se.lsgraph.server.logging;

import java.util.Map;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.rewrite.RewriteAppender;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;

/**
 * Puts {@link ShortMessages} in front of every appender of the root logger (the console and the
 * rotated file of {@code log4j2.properties}). Done in code rather than in the configuration file
 * because a custom policy there needs a Log4j plugin, and plugin descriptors do not survive the
 * jar's shading.
 */
public final class QuietLogs {
    private static final String NAME = "lsgraph-short-messages";

    private QuietLogs() {}

    public static synchronized void install() {
        if (!(LogManager.getContext(false) instanceof LoggerContext context))
            return;
        Configuration config = context.getConfiguration();
        LoggerConfig root = config.getRootLogger();
        if (root.getAppenders().containsKey(NAME))
            return;
        Map<String, Appender> originals = root.getAppenders();
        AppenderRef[] refs = originals.keySet().stream().map(n -> AppenderRef.createAppenderRef(n, null, null))
                .toArray(AppenderRef[]::new);
        RewriteAppender shortened = RewriteAppender.createAppender(NAME, "true", refs, config, new ShortMessages(), null);
        shortened.start();
        config.addAppender(shortened);
        for (String name : originals.keySet())
            root.removeAppender(name);
        root.addAppender(shortened, null, null);
        context.updateLoggers();
    }
}
