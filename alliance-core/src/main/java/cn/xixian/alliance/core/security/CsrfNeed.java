package cn.xixian.alliance.core.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Which API writes need the CSRF token: those a forged request could ride on what a browser sends by itself. A
 * write from another site (the browser says so in Sec-Fetch-Site; it may carry cached Basic credentials), and every
 * write of a signed-in browser session (its cookie), whatever other headers it carries, unless its Origin is this
 * server. API clients with HTTP Basic and no session, and anonymous callers (who then get 401), need none.
 */
final class CsrfNeed {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CsrfNeed() {
    }

    static boolean needsToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        HttpSession session = request.getSession(false);
        boolean signedInSession = session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
        return signedInSession && !sameOrigin(request);
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        int port = request.getServerPort();
        boolean defaultPort = (request.getScheme().equals("http") && port == 80)
                || (request.getScheme().equals("https") && port == 443);
        String self = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
        return origin.equalsIgnoreCase(self);
    }
}
