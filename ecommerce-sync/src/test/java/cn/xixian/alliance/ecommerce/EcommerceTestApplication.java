package cn.xixian.alliance.ecommerce;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;

/**
 * Boots alliance-core and ecommerce-sync for this module's tests, on the in-memory MongoDB-wire server. Core's
 * repositories live outside this package, hence the explicit scans.
 */
@SpringBootApplication(scanBasePackages = "cn.xixian.alliance")
@EnableMongoRepositories(basePackages = "cn.xixian.alliance")
public class EcommerceTestApplication {
}
