package se.lsgraph.server.limits;

import org.apache.jena.atlas.lib.NotImplemented;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.lang.SPARQLParser;
import org.apache.jena.sparql.lang.SPARQLParserFactory;
import org.apache.jena.sparql.lang.SPARQLParserRegistry;
import org.apache.jena.sparql.lang.arq.javacc.ARQParser;
import org.apache.jena.sparql.lang.arq.javacc.ParseException;
import org.apache.jena.sparql.lang.arq.javacc.TokenMgrError;

/**
 * Parsing counts against the query's timeout. ARQ's parser grows its buffer in small steps for a
 * single long token, so a 10 MB comment costs minutes of CPU and gigabytes of heap before the
 * query's own timeout even starts. Fuseki parses with the ARQ syntax; this registers, for that
 * syntax, ARQ's own parser reading the text through a reader that gives up at the request's
 * deadline ({@link RunningQueries}); without a request (the command line) nothing changes.
 */
public final class ParseBudget {
    private ParseBudget() {}

    /** JVM-wide (ARQ's parser registry is global); idempotent. */
    public static void install() {
        SPARQLParserRegistry.addFactory(Syntax.syntaxARQ, new SPARQLParserFactory() {
            @Override
            public boolean accept(Syntax syntax) {
                return Syntax.syntaxARQ.equals(syntax);
            }

            @Override
            public SPARQLParser create(Syntax syntax) {
                return new Bounded();
            }
        });
    }

    static String message(long timeoutSeconds) {
        return "The query text took longer than the timeout of " + timeoutSeconds + " s to parse; it was not run";
    }

    static String updateMessage(long timeoutSeconds) {
        return "The update text took longer than the timeout of " + timeoutSeconds + " s to parse; nothing was changed";
    }

    /** ARQ's ParserARQ, with the text read through {@link DeadlineReader}. */
    private static final class Bounded extends SPARQLParser {
        @Override
        protected Query parse$(Query query, String text) {
            query.setSyntax(Syntax.syntaxARQ);
            RunningQueries.Ticket ticket = RunningQueries.current();
            DeadlineReader in = DeadlineReader.of(text, ticket);
            ARQParser parser = new ARQParser(in);
            query.setStrict(true);
            parser.setQuery(query);
            try {
                parser.QueryUnit();
            } catch (ParseException e) {
                in.requireInTime(ticket, ParseBudget::message);
                int line = e.currentToken == null ? -1 : e.currentToken.beginLine;
                int column = e.currentToken == null ? -1 : e.currentToken.beginColumn;
                throw new QueryParseException(e.getMessage(), line, column);
            } catch (TokenMgrError e) {
                in.requireInTime(ticket, ParseBudget::message);
                throw new QueryParseException(e.getMessage(), parser.token == null ? -1 : parser.token.endLine,
                        parser.token == null ? -1 : parser.token.endColumn);
            } catch (QueryException e) {
                in.requireInTime(ticket, ParseBudget::message);
                throw e;
            } catch (JenaException e) {
                throw new QueryException(e.getMessage(), e);
            } catch (NotImplemented e) {
                throw e;
            } catch (Error e) {
                throw new QueryParseException(e.getMessage(), e, -1, -1);
            }
            in.requireInTime(ticket, ParseBudget::message);
            return query;
        }
    }
}
