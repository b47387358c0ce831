package cn.xixian.alliance.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots alliance-core alone for its tests, on the in-memory MongoDB-wire server. */
@SpringBootApplication
public class CoreTestApplication {
}
