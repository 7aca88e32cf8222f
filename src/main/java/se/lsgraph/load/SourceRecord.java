package se.lsgraph.load;

import java.util.List;

/** One CSV row or JSON record, as the mapping sees it. */
interface SourceRecord {
    /** Values of a field: empty when missing; several when a JSON pointer walks an array. */
    List<String> values(String field);

    /** Whether the record has the field at all (a CSV column that exists, even if empty). */
    boolean hasField(String field);

    /** Where the record is, for messages: "line 12" or "record 7". */
    String where();
}
