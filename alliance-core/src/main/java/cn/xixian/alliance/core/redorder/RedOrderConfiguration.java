package cn.xixian.alliance.core.redorder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedOrderProperties.class)
class RedOrderConfiguration {
}
