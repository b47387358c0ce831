package cn.xixian.alliance.core.security;

import cn.xixian.alliance.core.web.ApiMessages;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The login-state check runs right behind Spring Security's filter chain (whose order is
 * {@link SecurityProperties#DEFAULT_FILTER_ORDER}), so it sees the signed-in user of every request, API or page.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LoginStateConfiguration {

    @Bean
    FilterRegistrationBean<LoginStateFilter> loginStateFilter(LoginAdministration logins, ObjectMapper json,
            ApiMessages messages) {
        FilterRegistrationBean<LoginStateFilter> registration =
                new FilterRegistrationBean<>(new LoginStateFilter(logins, json, messages));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
