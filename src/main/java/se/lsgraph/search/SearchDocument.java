package se.lsgraph.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * One hit as the index keeps it: an entry point or a thing the region said, the texts that lead to
 * it (each under its role, with its language), its filter values and its finished result card (so a
 * search never queries the store per hit), and the other resources its document is built from (an
 * operator, a place, a service: when a write changes one of them, the hit is re-read).
 */
record SearchDocument(String iri, HitType type, List<RoleText> texts, Map<String, Set<String>> facets, String card,
        Set<String> dependsOn) {

    enum HitType {
        ENTRY_POINT("entry"), REGION_SAID("said");

        final String code;

        HitType(String code) {
            this.code = code;
        }
    }

    /** A text under a role; lang is "sv", "en" or "" (no language: indexed as both). */
    record RoleText(String role, String text, String lang) {}

    Document toLucene() {
        Document d = new Document();
        d.add(new StringField(SearchFields.IRI, iri, Field.Store.YES));
        d.add(new StringField(SearchFields.TYPE, type.code, Field.Store.NO));
        d.add(new StoredField(SearchFields.HASH, hash()));
        d.add(new StoredField(SearchFields.CARD, card));
        for (String resource : dependsOn)
            d.add(new StringField(SearchFields.DEPENDS_ON, resource, Field.Store.NO));
        facets.forEach((facet, values) -> values.forEach(
                v -> d.add(new StringField(SearchFields.FACET_PREFIX + facet, v, Field.Store.YES))));
        Set<String> swedishTexts = new java.util.HashSet<>();
        Set<String> englishTexts = new java.util.HashSet<>();
        for (RoleText t : texts)
            (t.lang().equals("en") ? englishTexts : swedishTexts).add(t.text());
        for (RoleText t : texts) {
            boolean swedish = !t.lang().equals("en");
            boolean english = !t.lang().equals("sv");
            if (t.role().equals("name"))
                d.add(new StringField(SearchFields.NAME_KEY, SearchFields.nameKey(t.text()), Field.Store.NO));
            d.add(new TextField(SearchFields.field(t.role(), SearchFields.Analysis.EXACT), t.text(), Field.Store.NO));
            if (!SearchFields.ROLES_WITHOUT_PIECES.contains(t.role()))
                d.add(new TextField(SearchFields.field(t.role(), SearchFields.Analysis.PIECES), t.text(), Field.Store.NO));
            if (swedish) {
                d.add(new TextField(SearchFields.field(t.role(), SearchFields.Analysis.SWEDISH), t.text(), Field.Store.NO));
                // A name copied into both languages tells nothing about either.
                if (t.lang().equals("sv") && !englishTexts.contains(t.text()))
                    d.add(new TextField(SearchFields.LANGUAGE_PREFIX + "sv", t.text(), Field.Store.NO));
            }
            if (english) {
                d.add(new TextField(SearchFields.field(t.role(), SearchFields.Analysis.ENGLISH), t.text(), Field.Store.NO));
                if (t.lang().equals("en") && !swedishTexts.contains(t.text()))
                    d.add(new TextField(SearchFields.LANGUAGE_PREFIX + "en", t.text(), Field.Store.NO));
            }
            d.add(new TextField(SearchFields.WORDS, t.text(), Field.Store.NO));
        }
        return d;
    }

    /** Changes whenever anything indexed about the hit changes: an unchanged hit is not rewritten. */
    String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            List<String> parts = new ArrayList<>();
            texts.forEach(t -> parts.add(t.role() + "\u0001" + t.lang() + "\u0001" + t.text()));
            parts.sort(null);
            parts.add(type.code);
            Map<String, Set<String>> sorted = new TreeMap<>();
            facets.forEach((k, v) -> sorted.put(k, new TreeSet<>(v)));
            parts.add(sorted.toString());
            parts.add(card);
            parts.add(new TreeSet<>(dependsOn).toString());
            for (String p : parts)
                sha.update((p + "\u0000").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
