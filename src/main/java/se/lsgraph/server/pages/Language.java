package se.lsgraph.server.pages;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The two languages of the interface. The reader's choice comes from ?lang= (the visible switch,
 * remembered in a cookie), else from the cookie, else from the browser's Accept-Language; Swedish
 * when none of them names sv or en.
 */
public enum Language {
    SV("sv"), EN("en");

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "lsgraph-lang";

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP 47 tag, as in RDF language tags and the html lang attribute. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public Language other() {
        return this == SV ? EN : SV;
    }

    public static Language of(HttpServletRequest req) {
        Language asked = parse(req.getParameter(PARAMETER));
        if (asked != null)
            return asked;
        if (req.getCookies() != null)
            for (Cookie c : req.getCookies())
                if (COOKIE.equals(c.getName()) && parse(c.getValue()) != null)
                    return parse(c.getValue());
        return fromAcceptLanguage(req.getHeader("Accept-Language"));
    }

    /** True when the request names a language explicitly (then the choice is remembered). */
    static boolean chosenIn(HttpServletRequest req) {
        return parse(req.getParameter(PARAMETER)) != null;
    }

    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank())
            return SV;
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String primary = range.getRange().split("-")[0];
                Language match = parse(primary);
                if (match != null && range.getWeight() > 0)
                    return match;
            }
        } catch (IllegalArgumentException malformedHeader) {
            return SV;
        }
        return SV;
    }

    static Language parse(String code) {
        if (code == null)
            return null;
        for (Language l : values())
            if (l.code.equalsIgnoreCase(code.trim()))
                return l;
        return null;
    }
}
