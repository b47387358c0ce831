package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.BatchContracts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedOrderProperties.class)
class RedOrderConfiguration {

    /** The batch booking path, on raw contract documents, in the configured booking policy's order. */
    @Bean
    BatchBookings batchBookings(MongoTemplate mongo, RedOrderProperties properties) {
        return new BatchBookings(new BatchContracts(mongo, properties.booking().policy()));
    }
}
