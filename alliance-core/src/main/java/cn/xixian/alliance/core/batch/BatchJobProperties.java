package cn.xixian.alliance.core.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * {@code alliance.batch.*}: whether jobs a stop or crash cut off (and imports queued but never launched) are
 * resumed when the app starts. The default lives in {@code application.yaml} only.
 */
@Validated
@ConfigurationProperties("alliance.batch")
public record BatchJobProperties(boolean resumeOnStart) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BatchJobProperties.class)
    static class Binding {
    }
}
