package se.lsgraph.search;

/**
 * What a company asks: free text ("what do you need?") and optional filters. A filter is an IRI,
 * or for kind and status a local name such as "TestBed" or "existing".
 */
public record SearchRequest(String text, String kind, String area, String place, String status, int limit) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > 500)
            throw new IllegalArgumentException("the search text is longer than 500 characters");
        if (limit <= 0 || limit > MAX_LIMIT)
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, DEFAULT_LIMIT);
    }
}
