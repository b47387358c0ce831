package cn.xixian.alliance.ecommerce.stores.persistence;

import cn.xixian.alliance.ecommerce.stores.OnlineStore;
import cn.xixian.alliance.ecommerce.stores.PollSettings;
import cn.xixian.alliance.ecommerce.stores.StorePlatform;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A store as kept in MongoDB, keyed by its code (the code is in every webhook URL and booking reference, so it never
 * changes). The secret lives only here and in configuration; {@link #toStore} leaves it out.
 */
@Document("online_stores")
public class OnlineStoreDocument {

    @Id
    private String code;
    private String name;
    private StorePlatform platform;
    private String memberId;
    private String secret;
    private PollSettings poll;
    private Instant createdAt;

    protected OnlineStoreDocument() {
    }

    public OnlineStoreDocument(String code, String name, StorePlatform platform, String memberId, String secret,
            PollSettings poll, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.platform = platform;
        this.memberId = memberId;
        this.secret = secret;
        this.poll = poll;
        this.createdAt = createdAt;
    }

    public String code() {
        return code;
    }

    public String secret() {
        return secret;
    }

    public OnlineStore toStore(boolean configuredSecret) {
        PollSettings settings = poll == null ? new PollSettings(null, null, null, false) : poll;
        return new OnlineStore(code, code, name, platform, platform.format(), memberId, settings,
                configuredSecret || (secret != null && !secret.isEmpty()), createdAt);
    }

    @Override
    public String toString() {
        return "OnlineStoreDocument[" + code + "]";
    }
}
