package se.lsgraph.server.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The interface language from the browser's Accept-Language header. */
class LanguageTest {
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "en-US,en;q=0.9,sv;q=0.8 | EN",
            "sv-SE,sv;q=0.9,en;q=0.5 | SV",
            "de-DE                   | SV",
            "de-DE, en;q=0.5         | EN",
            "en;q=0, sv;q=0.1        | SV",
            "'*'                     | SV",
            "not a ; header ;;       | SV",
            "''                      | SV"})
    void fromAcceptLanguage(String header, Language expected) {
        assertEquals(expected, Language.fromAcceptLanguage(header));
    }

    @ParameterizedTest
    @CsvSource({"en, EN", "EN, EN", "sv, SV", " sv , SV"})
    void parsesTheSwitchValue(String value, Language expected) {
        assertEquals(expected, Language.parse(value));
    }
}
