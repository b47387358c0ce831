package cn.xixian.alliance.core.security;

import cn.xixian.alliance.core.web.ApiMessages;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security has signed the caller in (registered just behind its filter chain). A form-login
 * session carries the user as they were at sign-in, so the stored login is read again on every request: a login
 * disabled meanwhile ends its session at once (401 for the API, the sign-in page for pages), and a login whose
 * password a coordinator reset may do nothing but change it (403 {@code PASSWORD_CHANGE_REQUIRED} for the API,
 * the change-password page for pages). HTTP Basic callers are checked at sign-in already; this reads the same state.
 */
class LoginStateFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_API = "/api/v1/users/me/password";
    static final String CHANGE_PASSWORD_PAGE = "/password";
    /** What a user who must change the password may still reach: the form, its assets, signing out. */
    private static final Set<String> OPEN_PREFIXES = Set.of(CHANGE_PASSWORD_PAGE, "/logout", "/login", "/error", "/css/",
            "/js/", "/webjars/", "/img/", "/favicon.ico");

    private final LoginAdministration logins;
    private final ObjectMapper json;
    private final ApiMessages messages;

    LoginStateFilter(LoginAdministration logins, ObjectMapper json, ApiMessages messages) {
        this.logins = logins;
        this.json = json;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AllianceUser user)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.startsWith("/actuator/");
        switch (logins.state(user.getUsername())) {
            case ACTIVE -> chain.doFilter(request, response);
            case DISABLED -> {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                if (api) {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"alliance\"");
                    problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                            "this login is disabled", null);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?disabled");
                }
            }
            case PASSWORD_CHANGE_REQUIRED -> {
                if (api ? "POST".equals(request.getMethod()) && path.equals(CHANGE_PASSWORD_API) : isOpen(path)) {
                    chain.doFilter(request, response);
                } else if (api) {
                    problem(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                            "change your password first: POST /api/v1/users/me/password", "PASSWORD_CHANGE_REQUIRED");
                } else {
                    response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD_PAGE);
                }
            }
        }
    }

    private static boolean isOpen(String path) {
        return OPEN_PREFIXES.stream().anyMatch(path::startsWith);
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String detail, String code) throws IOException {
        Locale locale = messages.locale(request);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", messages.message(title, locale));
        body.put("status", status);
        body.put("detail", messages.message(detail, locale));
        if (code != null) {
            body.put("code", code);
        }
        json.writeValue(response.getOutputStream(), body);
    }
}
