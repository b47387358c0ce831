package cn.xixian.alliance.core.mongo;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code alliance.mongo.embedded.*}: where and how the embedded MongoDB-wire server keeps its data. */
@ConfigurationProperties("alliance.mongo.embedded")
public record EmbeddedMongoProperties(
        @DefaultValue("H2") Backend backend,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("0") int port) {

    public enum Backend { H2, MEMORY }
}
