package se.lsgraph.server.pages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a page: the template rendered in the reader's language with what every page needs (the
 * language, the link of the language switch), as HTML. A page's servlet hands over a view model only.
 */
public final class PageWriter {
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private PageWriter() {}

    public static void send(HttpServletRequest req, HttpServletResponse resp, int status, String template,
            Map<String, ?> model) throws IOException {
        Language language = Language.of(req);
        if (Language.chosenIn(req))
            remember(resp, language);
        Map<String, Object> all = new HashMap<>(model);
        all.put("lang", language.code());
        all.put("otherLang", language.other().code());
        all.put("switchHref", switchHref(req, language.other()));
        String html = Templates.bundled().render(template, language, all);
        resp.setStatus(status);
        resp.setCharacterEncoding("UTF-8");
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Language", language.code());
        resp.addHeader("Vary", "Accept, Accept-Language, Cookie");
        resp.getWriter().write(html);
    }

    /** The same page in the other language: the request's path and parameters with lang replaced. */
    static String switchHref(HttpServletRequest req, Language target) {
        StringBuilder query = new StringBuilder();
        req.getParameterMap().forEach((name, values) -> {
            if (Language.PARAMETER.equals(name))
                return;
            for (String v : values)
                query.append(encode(name)).append('=').append(encode(v)).append('&');
        });
        query.append(Language.PARAMETER).append('=').append(target.code());
        return req.getRequestURI() + "?" + query;
    }

    private static void remember(HttpServletResponse resp, Language language) {
        Cookie cookie = new Cookie(Language.COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        resp.addCookie(cookie);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
