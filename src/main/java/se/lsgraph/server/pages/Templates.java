package se.lsgraph.server.pages;

import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The template engine of every page: Thymeleaf templates in lsgraph/templates/NAME.html, texts from
 * the message bundles in lsgraph/i18n. Thymeleaf escapes every th:text, so data never becomes markup.
 */
public final class Templates {
    private static final Templates BUNDLED = new Templates();

    private final TemplateEngine engine = new TemplateEngine();

    private Templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
        resolver.setPrefix("lsgraph/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessages());
    }

    public static Templates bundled() {
        return BUNDLED;
    }

    /** The HTML of template {@code name} (for example "views/consultation") for the model, in a language. */
    public String render(String name, Language language, Map<String, ?> model) {
        Context context = new Context(language.locale());
        model.forEach(context::setVariable);
        return engine.process(name, context);
    }

    /** One UI text of the message bundles (for texts that end up in JSON or headers, not in a page). */
    public static String message(String key, Language language) {
        return BundleMessages.text(key, language.locale());
    }
}
