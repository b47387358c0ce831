package cn.xixian.alliance.coldstorage;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.mongodb.repository.config.EnableMongoRepositories;

/**
 * Boots alliance-core and cold-storage for this module's tests, on the in-memory MongoDB-wire server.
 * One per module: every cold-storage test (allocation planning too) shares it. Repositories are looked
 * up from the common root, as the application's own class does, so core's are found too.
 */
@SpringBootApplication(scanBasePackages = "cn.xixian.alliance")
@EnableMongoRepositories("cn.xixian.alliance")
public class ColdStorageTestApplication {
}
