package cn.xixian.alliance.core.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of what the API answers right now: error details, titles and field messages in Chinese for a
 * Chinese request, English otherwise. Code keeps writing English (the canonical text, also what stored import
 * reports and dead letters hold); the zh-CN catalog {@code i18n/api-messages_zh_CN.tsv} translates it on the way
 * out. Field names are API identifiers and never translated.
 */
@Component
public class ApiMessages {

    static final String CATALOG = "i18n/api-messages_zh_CN.tsv";

    private final MessageCatalog chinese = MessageCatalog.load(CATALOG);
    private final ObjectProvider<LocaleResolver> resolvers;

    ApiMessages(ObjectProvider<LocaleResolver> resolvers) {
        this.resolvers = resolvers;
    }

    /**
     * The request's language as the application's {@link LocaleResolver} sees it (in the app: the page's
     * {@code lang} cookie, then {@code Accept-Language}). Without a resolver of its own, or with the plain
     * Accept-Language one, only a {@code zh} header gives Chinese: no header is English, whatever the JVM's default.
     */
    public Locale locale(HttpServletRequest request) {
        LocaleResolver resolver = resolvers.getIfUnique();
        if (resolver != null && !(resolver instanceof AcceptHeaderLocaleResolver)) {
            return isChinese(resolver.resolveLocale(request)) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        }
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return header != null && !header.isBlank() && isChinese(request.getLocale())
                ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** The message in the locale's language; as written when the catalog has no translation (or for English). */
    public String message(String english, Locale locale) {
        return isChinese(locale) ? chinese.translate(english).orElse(english) : english;
    }

    public FieldError error(FieldError error, Locale locale) {
        return new FieldError(error.row(), error.field(), message(error.message(), locale));
    }

    public List<FieldError> errors(List<FieldError> errors, Locale locale) {
        return isChinese(locale) ? errors.stream().map(e -> error(e, locale)).toList() : errors;
    }

    /**
     * A stored one-line reason {@code "field: message; field: message"} (as dead letters keep it), each
     * message in the locale's language.
     */
    public String reason(String reason, Locale locale) {
        if (reason == null || !isChinese(locale)) {
            return reason;
        }
        return Arrays.stream(reason.split("; ")).map(part -> {
            int colon = part.indexOf(": ");
            return colon > 0 ? part.substring(0, colon) + "：" + message(part.substring(colon + 2), locale)
                    : message(part, locale);
        }).collect(Collectors.joining("；"));
    }

    /** The one-line detail of a 400: each bad field with its message. */
    static String detail(List<FieldError> errors, Locale locale) {
        if (errors.isEmpty()) {
            return null;
        }
        return isChinese(locale)
                ? errors.stream().map(f -> f.field() + "：" + f.message()).collect(Collectors.joining("；"))
                : errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    }

    MessageCatalog catalog() {
        return chinese;
    }
}
