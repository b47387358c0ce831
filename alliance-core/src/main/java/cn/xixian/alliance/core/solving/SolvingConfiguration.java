package cn.xixian.alliance.core.solving;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SolvingProperties.class)
class SolvingConfiguration {
}
