package cn.xixian.alliance.core.grading;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GradingTable.class)
class GradingConfiguration {
}
