package cn.xixian.alliance.logistics.distance;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default {@link DistanceMatrix}, unless another bean (a road-network engine) is declared. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DistanceProperties.class)
class DistanceConfiguration {

    @Bean
    @ConditionalOnMissingBean(DistanceMatrix.class)
    DistanceMatrix greatCircleDistanceMatrix(DistanceProperties properties) {
        return new GreatCircleDistanceMatrix(properties);
    }
}
