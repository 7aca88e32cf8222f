package se.lsgraph.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIxResolver;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;

import com.apicatalog.jsonld.JsonLdOptions;

import se.lsgraph.load.guard.InputGuard;
import se.lsgraph.load.guard.InputLimits;
import se.lsgraph.load.guard.JsonLdContexts;
import se.lsgraph.load.guard.Syntax;

/**
 * Parses an RDF file in any syntax Jena reads, strictly, as a stream of triples and quads: within
 * the {@link InputLimits}, without a base IRI (a relative IRI is an error, not a file: IRI), and
 * without network access (JSON-LD contexts only from {@link JsonLdContexts}).
 */
public final class RdfFileReader {
    /**
     * JSON-LD resolves IRIs itself and drops what it cannot resolve without a base: it gets this
     * base instead, and every IRI under it is a relative IRI of the file, refused.
     */
    private static final String JSONLD_RELATIVE_BASE = "http://relative-iri.lsgraph.invalid/";

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
        parse(fileName, lang, InputGuard.of(fileName, new ByteArrayInputStream(bytes), InputLimits.DEFAULT,
                Syntax.of(lang), -1), target);
    }

    /** Parses bytes of a known syntax (an upload: no file name to tell it), named {@code name} in refusals. */
    public static void read(String name, Lang lang, byte[] bytes, StreamRDF target) {
        Utf8Check.requireUtf8(name, bytes);
        parse(name, lang, InputGuard.of(name, new ByteArrayInputStream(bytes), InputLimits.DEFAULT, Syntax.of(lang), -1), target);
    }

    public static LoadedFile read(Path file, StreamRDF target) {
        return read(file, target, InputLimits.DEFAULT);
    }

    /**
     * Streams a file (gzipped if its name ends in .gz) through the parser, checking its bytes are
     * UTF-8 and within the limits, and hashing them on the way: memory does not grow with the file.
     */
    public static LoadedFile read(Path file, StreamRDF target, InputLimits limits) {
        String fileName = file.toString();
        Lang lang = requireLang(fileName);
        long compressed = fileName.endsWith(".gz") ? sizeOf(file) : -1;
        return LoadedFile.read(file, in -> parse(fileName, lang,
                InputGuard.of(fileName, Utf8Check.checking(fileName, in), limits, Syntax.of(lang), compressed), target));
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new InputRejectedException(file.toString(), null, "cannot read file: " + e.getMessage());
        }
    }

    private static Lang requireLang(String fileName) {
        Lang lang = langOf(fileName);
        if (lang == null)
            throw new InputRejectedException(fileName, null, "not a known RDF syntax (by its file extension)");
        return lang;
    }

    private static void parse(String fileName, Lang lang, InputGuard in, StreamRDF target) {
        boolean jsonLd = Syntax.of(lang) == Syntax.JSON && !lang.equals(Lang.RDFJSON);
        NoRelativeIris relativeIris = new NoRelativeIris(fileName, target);
        Supplier<InputRejectedException> refused = () -> in.refusal() != null ? in.refusal() : relativeIris.refusal;
        try {
            RDFParserBuilder parser = RDFParser.create()
                    .source(in)
                    .lang(lang)
                    .resolver(IRIxResolver.create().noBase().allowRelative(false).build())
                    .checking(true)
                    .errorHandler(new Strict(fileName, refused));
            if (jsonLd)
                parser.base(JSONLD_RELATIVE_BASE).context(offline()).parse(relativeIris);
            else
                parser.parse(target);
        } catch (InputRejectedException e) {
            throw refused.get() != null ? refused.get() : e;
        } catch (RiotException e) {
            if (refused.get() != null)
                throw refused.get();
            throw new InputRejectedException(fileName, null, e.getMessage());
        } catch (StackOverflowError e) {
            // The guard bounds nesting in the syntaxes it follows; this is the last line for the others.
            throw new InputRejectedException(fileName, null, "nested too deeply for the parser; refused");
        }
    }

    /** JSON-LD options that resolve remote contexts only from the local allow-list. */
    private static Context offline() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(JsonLdContexts.bundled());
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    /** Refuses a JSON-LD IRI that only resolved against the stand-in base: a relative IRI. */
    private static final class NoRelativeIris extends StreamRDFWrapper {
        private final String fileName;
        /** Kept because the JSON-LD reader catches every exception of its consumer and rewraps it. */
        private InputRejectedException refusal;

        NoRelativeIris(String fileName, StreamRDF target) {
            super(target);
            this.fileName = fileName;
        }

        @Override
        public void triple(Triple t) {
            check(t.getSubject());
            check(t.getPredicate());
            check(t.getObject());
            super.triple(t);
        }

        @Override
        public void quad(Quad q) {
            check(q.getGraph());
            check(q.getSubject());
            check(q.getPredicate());
            check(q.getObject());
            super.quad(q);
        }

        private void check(Node n) {
            String iri = n == null ? null : n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralDatatypeURI() : null;
            if (iri != null && iri.startsWith(JSONLD_RELATIVE_BASE)) {
                refusal = new InputRejectedException(fileName, null, "Relative IRI: "
                        + iri.substring(JSONLD_RELATIVE_BASE.length()) + " (give an absolute IRI, or an @base)");
                throw refusal;
            }
        }
    }

    /** Turns every parser warning and error into a rejection naming the line. */
    private record Strict(String fileName, Supplier<InputRejectedException> refused) implements ErrorHandler {
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
            if (refused.get() != null)
                return refused.get();
            String where = line > 0 ? "line " + line + (col > 0 ? ", column " + col : "") : null;
            return new InputRejectedException(fileName, where, message);
        }
    }
}
