package cn.xixian.alliance.coldstorage;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots alliance-core and cold-storage for this module's tests, on the in-memory MongoDB-wire server.
 * One per module: every cold-storage test (allocation planning too) shares it.
 */
@SpringBootApplication(scanBasePackages = "cn.xixian.alliance")
public class ColdStorageTestApplication {
}
