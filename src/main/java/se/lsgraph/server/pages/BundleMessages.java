package se.lsgraph.server.pages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * UI texts from lsgraph/i18n/messages_sv.properties and messages_en.properties (UTF-8), one bundle
 * for all templates. A missing key shows as ??key?? so a forgotten text is visible in tests.
 */
final class BundleMessages extends AbstractMessageResolver {
    private static final String BASE_NAME = "lsgraph.i18n.messages";
    // Never fall back to the JVM's default locale: Swedish is the base language of the project.
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        String text = text(key, context.getLocale());
        return text == null ? null : args == null || args.length == 0 ? text : new MessageFormat(text, context.getLocale()).format(args);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] args) {
        return "??" + key + "??";
    }

    static String text(String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(BASE_NAME, locale, BundleMessages.class.getClassLoader(), NO_DEFAULT_LOCALE)
                    .getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
