package cn.xixian.alliance.core.security;

import cn.xixian.alliance.core.web.ApiMessages;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * API clients use HTTP Basic (no session, no CSRF token); pages use a form login, and a browser
 * session may call the API too (writes then need the CSRF token). Which role may call
 * what is declared on each controller with {@code @PreAuthorize}, next to the code it guards.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginLockoutProperties.class)
public class SecurityConfiguration {

    /** Paths anyone may read: health for the ops probes, the API description. */
    private static final String[] PUBLIC = {"/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html"};

    /** Store webhooks carry no user: each is signed with its store's secret, which the sales module checks. */
    private static final String STORE_WEBHOOKS = "/api/v1/stores/*/webhook";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The full check: the user from MongoDB, the password against its bcrypt hash. Wrapped so that
     * repeated HTTP Basic calls with a verified password skip bcrypt for a few minutes.
     */
    @Bean
    AuthenticationProvider authenticationProvider(UserAccountService users, PasswordEncoder passwordEncoder,
            LoginLockoutProperties lockout, ObjectProvider<Clock> clock) {
        DaoAuthenticationProvider fullCheck = new DaoAuthenticationProvider(users);
        fullCheck.setPasswordEncoder(passwordEncoder);
        Clock time = clock.getIfAvailable(Clock::systemUTC);
        return new LoginThrottle(new VerifiedCredentials(fullCheck, users, time::millis), lockout, time);
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiSecurity(HttpSecurity http, ObjectMapper json, ApiMessages messages) throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.POST, STORE_WEBHOOKS).permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyRole("COORDINATOR", "METRICS")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(json, messages)))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized(json, messages))
                        .accessDeniedHandler(forbidden(json, messages)))
                // Basic clients get no session; a browser signed in through the form uses its own.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(CsrfNeed::needsToken))
                .build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                // The launcher serves the sign-in page (zh-CN / English); after it, the page asked for or the home page.
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .build();
    }

    private static AuthenticationEntryPoint unauthorized(ObjectMapper json, ApiMessages messages) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"alliance\"");
            problem(json, messages, request, response, HttpServletResponse.SC_UNAUTHORIZED, "sign in first (HTTP Basic)");
        };
    }

    private static AccessDeniedHandler forbidden(ObjectMapper json, ApiMessages messages) {
        return (request, response, e) -> problem(json, messages, request, response, HttpServletResponse.SC_FORBIDDEN,
                e instanceof CsrfException ? "missing or invalid CSRF token" : "not allowed for your role");
    }

    /** Written here, outside Spring MVC, so in the request's language by hand (as {@code ProblemLanguage} does there). */
    private static void problem(ObjectMapper json, ApiMessages messages, HttpServletRequest request,
            HttpServletResponse response, int status, String detail) throws java.io.IOException {
        Locale locale = messages.locale(request);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        json.writeValue(response.getOutputStream(), Map.of("type", "about:blank",
                "title", messages.message(status == 401 ? "Unauthorized" : "Forbidden", locale), "status", status,
                "detail", messages.message(detail, locale)));
    }
}
