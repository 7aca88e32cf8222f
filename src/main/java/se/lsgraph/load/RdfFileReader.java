package se.lsgraph.load;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;

/** Parses an RDF file in any syntax Jena reads, strictly, as a stream of triples and quads. */
public final class RdfFileReader {
    private RdfFileReader() {}

    /** The RDF syntax of a file name, or null if it is not an RDF file. */
    public static Lang langOf(String fileName) {
        String name = fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
        return RDFLanguages.filenameToLang(name);
    }

    /** Parses, sending every triple and quad to {@code target}. */
    public static void read(String fileName, byte[] bytes, StreamRDF target) {
        Lang lang = requireLang(fileName);
        Utf8Check.requireUtf8(fileName, bytes);
        parse(fileName, lang, new ByteArrayInputStream(bytes), target);
    }

    /**
     * Streams a file (gzipped if its name ends in .gz) through the parser, checking its bytes are
     * UTF-8 and hashing them on the way: memory does not grow with the file.
     */
    public static LoadedFile read(Path file, StreamRDF target) {
        String fileName = file.toString();
        Lang lang = requireLang(fileName);
        return LoadedFile.read(file, in -> parse(fileName, lang, Utf8Check.checking(fileName, in), target));
    }

    private static Lang requireLang(String fileName) {
        Lang lang = langOf(fileName);
        if (lang == null)
            throw new InputRejectedException(fileName, null, "not a known RDF syntax (by its file extension)");
        return lang;
    }

    private static void parse(String fileName, Lang lang, InputStream in, StreamRDF target) {
        try {
            RDFParser.create()
                    .source(in)
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
