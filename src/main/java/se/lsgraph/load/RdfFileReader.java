package se.lsgraph.load;

import java.io.ByteArrayInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;

/** Parses an RDF file in any syntax Jena reads into an in-memory dataset, strictly. */
public final class RdfFileReader {
    private RdfFileReader() {}

    /** The RDF syntax of a file name, or null if it is not an RDF file. */
    public static Lang langOf(String fileName) {
        String name = fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return RDFLanguages.filenameToLang(name);
    }

    /** Parses, sending every triple and quad to {@code target}. */
    public static void read(String fileName, byte[] bytes, StreamRDF target) {
        Lang lang = langOf(fileName);
        if (lang == null)
            throw new InputRejectedException(fileName, null, "not a known RDF syntax (by its file extension)");
        Utf8Check.requireUtf8(fileName, bytes);
        try {
            RDFParser.create()
                    .source(new ByteArrayInputStream(bytes))
                    .lang(lang)
                    .base("file:///" + fileName)
                    .errorHandler(new Strict(fileName))
                    .parse(target);
        } catch (InputRejectedException e) {
            throw e;
        } catch (RiotException e) {
            throw new InputRejectedException(fileName, null, e.getMessage());
        }
    }

    /** Turns every parser warning and error into a rejection naming the line. */
    private record Strict(String fileName) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            throw reject(message, line, col);
        }

        @Override
        public void error(String message, long line, long col) {
            throw reject(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw reject(message, line, col);
        }

        private InputRejectedException reject(String message, long line, long col) {
            String where = line > 0 ? "line " + line + (col > 0 ? ", column " + col : "") : null;
            return new InputRejectedException(fileName, where, message);
        }
    }
}
