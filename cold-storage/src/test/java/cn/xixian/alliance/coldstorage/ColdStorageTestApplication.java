package cn.xixian.alliance.coldstorage;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;

/**
 * Boots alliance-core and cold-storage for this module's tests, on the in-memory MongoDB-wire server.
 * One per module: every cold-storage test (allocation planning too) shares it. Core's repositories live
 * outside this package, hence the explicit repository scan.
 */
@SpringBootApplication(scanBasePackages = "cn.xixian.alliance")
@EnableMongoRepositories(basePackages = "cn.xixian.alliance")
public class ColdStorageTestApplication {
}
