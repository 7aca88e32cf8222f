package se.lsgraph.search;

import java.util.List;
import java.util.Map;

import se.lsgraph.search.EntryPoint.Labelled;

/**
 * The finder's answer to a need: the entry points, best first; below them what the region said
 * about it; how many entry points the need's words match before the filters; the language to
 * answer in ("sv" or "en", from the need's words unless asked); and,
 * for a need that finds nothing, the nearest words the index knows. The filter values with their
 * counts are those of the need's matches before filtering (of every entry point when none match),
 * so an empty answer shows where the results are.
 */
public record SearchAnswer(String q, String lang, List<EntryPoint> results, long matched, List<RegionStatement> said,
        List<Suggestion> suggestions, Map<String, List<FacetCount>> facets) {

    public int count() {
        return results.size();
    }

    /** Words the index knows that are nearest to a word of the need that it does not know. */
    public record Suggestion(String word, List<String> nearest) {}

    /** A filter value and how many entry points have it. */
    public record FacetCount(Labelled value, long count) {}
}
