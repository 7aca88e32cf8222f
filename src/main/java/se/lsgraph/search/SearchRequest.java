package se.lsgraph.search;

/**
 * What a company asks: free text ("what do you need?") and optional filters. A filter is an IRI,
 * or for kind and status a local name such as "TestBed" or "existing". The language to answer in
 * is "sv" or "en", or null to take it from the need's words.
 */
public record SearchRequest(String text, String kind, String area, String place, String status, int limit, String language) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > 500)
            throw new IllegalArgumentException("the search text is longer than 500 characters");
        if (limit <= 0 || limit > MAX_LIMIT)
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        if (language != null && language.isBlank())
            language = null;
        if (language != null && !language.equals("sv") && !language.equals("en"))
            throw new IllegalArgumentException("lang must be sv or en, not '" + language + "'");
    }

    public SearchRequest(String text, String kind, String area, String place, String status, int limit) {
        this(text, kind, area, place, status, limit, null);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, DEFAULT_LIMIT);
    }
}
