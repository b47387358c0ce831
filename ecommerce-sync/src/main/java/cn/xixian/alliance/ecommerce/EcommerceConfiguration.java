package cn.xixian.alliance.ecommerce;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and validates {@link EcommerceProperties} for the module. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EcommerceProperties.class)
class EcommerceConfiguration {
}
