package cn.xixian.alliance.coldstorage.coldstore;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Binds {@code alliance.cold-storage.*}; scheduling runs the nightly stock-age job and the hourly ledger repair. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ColdStorageProperties.class)
@EnableScheduling
class ColdStorageConfiguration {
}
