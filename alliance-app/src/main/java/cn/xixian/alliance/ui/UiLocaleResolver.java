package cn.xixian.alliance.ui;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of pages and of API error messages. A choice made on a page (the {@code lang} cookie) wins,
 * so the page's own API calls answer in the page's language whatever the browser sends. Without one, pages
 * speak Chinese (the alliance's people read Chinese first) and API clients get what their
 * {@code Accept-Language} asks for: Chinese for any {@code zh}, English otherwise or when they send none.
 */
public class UiLocaleResolver implements LocaleResolver {

    public static final String COOKIE = "lang";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale chosen = fromCookie(request);
        if (chosen != null) {
            return chosen;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            String header = request.getHeader("Accept-Language");
            return header != null && !header.isBlank() && request.getLocale().getLanguage().equals("zh")
                    ? CHINESE : Locale.ENGLISH;
        }
        return CHINESE;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale normalized = normalize(locale);
        Cookie cookie = new Cookie(COOKIE, normalized == null ? "" : normalized.toLanguageTag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(normalized == null ? 0 : (int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        request.setAttribute(COOKIE, normalized);
    }

    private static Locale fromCookie(HttpServletRequest request) {
        if (request.getAttribute(COOKIE) instanceof Locale set) {
            return set;
        }
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return normalize(Locale.forLanguageTag(cookie.getValue()));
            }
        }
        return null;
    }

    /** Only the two languages we have: any Chinese is simplified Chinese, any other language English. */
    static Locale normalize(Locale locale) {
        if (locale == null || locale.getLanguage().isEmpty()) {
            return null;
        }
        return locale.getLanguage().equals("zh") ? CHINESE : Locale.ENGLISH;
    }
}
