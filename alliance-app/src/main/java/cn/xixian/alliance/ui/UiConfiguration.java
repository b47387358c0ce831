package cn.xixian.alliance.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Pages in zh-CN (default) or English: {@code ?lang=en} or {@code ?lang=zh-CN} on any page switches and remembers. */
@Configuration(proxyBeanMethods = false)
class UiConfiguration implements WebMvcConfigurer {

    /** The bean name Spring MVC looks up; also read by the API's error messages. */
    @Bean
    LocaleResolver localeResolver() {
        return new UiLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
