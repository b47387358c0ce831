package cn.xixian.alliance.logistics;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the logistics module with alliance-core (registry, transport port, security, error handling) for its
 * tests, on the in-memory MongoDB-wire server. Core's repositories live under cn.xixian.alliance.core, hence
 * the wider scan and auto-configuration package.
 */
@SpringBootApplication(scanBasePackages = "cn.xixian.alliance")
@AutoConfigurationPackage(basePackages = "cn.xixian.alliance")
public class LogisticsTestApplication {
}
