package se.lsgraph.server.logging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.rewrite.RewritePolicy;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;

/**
 * Keeps every log line short: a message longer than {@link #LONGEST} characters keeps its first
 * {@link #KEPT} characters, followed by its length and the start of its SHA-256, so one request
 * can never add its whole body to the log (Fuseki logs each query's and update's full text) and the
 * same query can still be recognised across lines. For Fuseki's "[id] Query = …" and
 * "[id] Update = …" lines, the length and hash are those of the query text alone.
 */
final class ShortMessages implements RewritePolicy {
    static final int LONGEST = 300;
    static final int KEPT = 200;
    private static final Pattern REQUEST_TEXT = Pattern.compile("^(\\[\\d+\\] (?:Query|Update) = \\n?)(.*)$", Pattern.DOTALL);

    @Override
    public LogEvent rewrite(LogEvent event) {
        String message = event.getMessage().getFormattedMessage();
        if (message == null || message.length() <= LONGEST)
            return event;
        return new Log4jLogEvent.Builder(event).setMessage(new SimpleMessage(shorten(message))).build();
    }

    static String shorten(String message) {
        Matcher request = REQUEST_TEXT.matcher(message);
        String label = request.matches() ? request.group(1) : "";
        String text = request.matches() ? request.group(2) : message;
        return label + text.substring(0, Math.min(KEPT, text.length())).replace('\n', ' ')
                + String.format("… (%,d characters, sha256 %s)", text.length(), sha256Start(text));
    }

    private static String sha256Start(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
