package se.lsgraph.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The fields of the finder's index and how each is analysed. Every text of a hit is indexed under
 * its role (name, offer, operator, place, ...) four ways: its exact words (abbreviations such as
 * KI or PIST), Swedish stems, English stems, and four-letter pieces of every word, which let a word
 * match inside compounds and across inflections the stemmers miss ("tvillingregister" and
 * "tvillingregistret", "laboratorium" and "laboratorieplattformar").
 */
final class SearchFields {
    static final String IRI = "iri";
    static final String TYPE = "type";
    static final String HASH = "hash";
    static final String CARD = "card";
    /** The other resources a hit's document is built from (see SearchDocument). */
    static final String DEPENDS_ON = "dependsOn";
    static final String FACET_PREFIX = "facet.";
    /** Swedish and English stems of every text, to tell which language a need is written in. */
    static final String LANGUAGE_PREFIX = "language.";
    /** Exact lower-case words of every text, for nearest-term suggestions and decompounding. */
    static final String WORDS = "words";
    /** Each name of a hit as a whole, its words lower case and single-spaced: a need that is exactly a name. */
    static final String NAME_KEY = "nameKey";

    static final int GRAM = 4;

    enum Analysis {
        EXACT("exact", 1.0), SWEDISH("sv", 0.9), ENGLISH("en", 0.9), PIECES("gram", 0.5);

        final String suffix;
        final double weight;

        Analysis(String suffix, double weight) {
            this.suffix = suffix;
            this.weight = weight;
        }
    }

    /**
     * The roles a text can have for a hit, with how much a match there counts. Keywords (catalogue
     * tags, mostly English without a language tag, so stemmed both ways) count least.
     */
    static final Map<String, Double> ROLE_WEIGHT = Map.of("name", 1.0, "offer", 0.8, "kind", 0.7, "operator", 0.6,
            "place", 0.6, "audience", 0.5, "description", 0.5, "area", 0.4, "operatorPlace", 0.4, "keyword", 0.3);
    /** Place names are proper names: no compound pieces (else "Uppsala" would match "Stockholm-Uppsalaregionen"). */
    static final List<String> ROLES_WITHOUT_PIECES = List.of("place", "operatorPlace");

    private SearchFields() {}

    static String field(String role, Analysis analysis) {
        return role + "." + analysis.suffix;
    }

    static String nameKey(String text) {
        return String.join(" ", NeedWords.tokens(exact(), text));
    }

    static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String role : ROLE_WEIGHT.keySet()) {
            perField.put(field(role, Analysis.EXACT), exact());
            perField.put(field(role, Analysis.SWEDISH), swedish());
            perField.put(field(role, Analysis.ENGLISH), english());
            perField.put(field(role, Analysis.PIECES), pieces());
        }
        perField.put(LANGUAGE_PREFIX + "sv", swedish());
        perField.put(LANGUAGE_PREFIX + "en", english());
        perField.put(WORDS, exact());
        return new PerFieldAnalyzerWrapper(exact(), perField);
    }

    static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
    }

    static Analyzer swedish() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                s = new StopFilter(s, SwedishAnalyzer.getDefaultStopSet());
                return new TokenStreamComponents(source, new SnowballFilter(s, new SwedishStemmer()));
            }
        };
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, new PorterStemFilter(s));
            }
        };
    }

    static Analyzer pieces() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, new NGramTokenFilter(s, GRAM, GRAM, false));
            }
        };
    }
}
