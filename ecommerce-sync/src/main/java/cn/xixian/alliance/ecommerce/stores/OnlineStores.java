package cn.xixian.alliance.ecommerce.stores;

import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.web.NotFoundException;
import cn.xixian.alliance.core.web.PageResponse;
import cn.xixian.alliance.ecommerce.stores.persistence.OnlineStoreDocument;
import cn.xixian.alliance.ecommerce.stores.persistence.OnlineStoreStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The registry of online stores and the check of their signed webhooks. A store's secret never leaves this class:
 * callers ask whether a signature is right, not what the secret is.
 */
@Service
public class OnlineStores {

    /** The header a store signs its webhook body with: base64(HMAC-SHA256(secret, raw body)). */
    public static final String SIGNATURE_HEADER = "X-Alliance-Hmac-Sha256";

    private static final String HMAC = "HmacSHA256";

    private final OnlineStoreStore store;
    private final MemberService members;
    private final Environment environment;
    private final ApplicationEventPublisher events;

    OnlineStores(OnlineStoreStore store, MemberService members, Environment environment,
            ApplicationEventPublisher events) {
        this.store = store;
        this.members = members;
        this.environment = environment;
        this.events = events;
    }

    public PageResponse<OnlineStore> list(Pageable page) {
        return store.list(page, this::toStore);
    }

    public Optional<OnlineStore> find(String code) {
        return store.find(code).map(this::toStore);
    }

    public OnlineStore get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("online store", code));
    }

    /** Stores whose order API is to be polled. */
    public List<OnlineStore> polled() {
        return store.pollEnabled().stream().map(this::toStore).filter(s -> s.poll().active()).toList();
    }

    /** Registers a store; a taken code is a conflict (409, from the unique {@code _id}). */
    public OnlineStore create(OnlineStoreRequest request) {
        String memberId = request.memberId() == null || request.memberId().isBlank() ? null
                : members.require("memberId", request.memberId(), MemberKind.ONLINE_STORE).id();
        OnlineStoreDocument document = store.insert(new OnlineStoreDocument(request.code(), request.name().strip(),
                request.platform(), memberId, request.secret(), request.poll(), Instant.now()));
        OnlineStore store = toStore(document);
        events.publishEvent(new OnlineStoreSaved(store));
        return store;
    }

    /**
     * Whether {@code signature} is base64(HMAC-SHA256(secret, body)) for the store's secret, compared in constant
     * time. A store without a secret accepts nothing.
     */
    public boolean signatureMatches(String code, byte[] body, String signature) {
        byte[] secret = secretOf(code);
        if (secret == null || signature == null || signature.isBlank()) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), given);
    }

    /**
     * Forgets a store's stored secret if it is exactly {@code secret} (a known one, such as a demo secret), so the
     * store accepts no webhook until a new secret is configured; true when one was forgotten.
     */
    public boolean retireSecret(String code, String secret) {
        return store.retireSecret(code, secret);
    }

    /** base64(HMAC-SHA256(secret, body)): what a store sends; public for integrations' own tests and tools. */
    public static String sign(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(hmac(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    private static byte[] hmac(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Configuration first (production secrets come from the environment), else the one stored with the store. */
    private byte[] secretOf(String code) {
        String configured = configuredSecret(code);
        if (configured != null) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        OnlineStoreDocument document = store.find(code).orElse(null);
        return document == null || document.secret() == null || document.secret().isEmpty() ? null
                : document.secret().getBytes(StandardCharsets.UTF_8);
    }

    private String configuredSecret(String code) {
        String value = environment.getProperty("alliance.ecommerce.stores." + code + ".secret");
        return value == null || value.isBlank() ? null : value;
    }

    private OnlineStore toStore(OnlineStoreDocument document) {
        return document.toStore(configuredSecret(document.code()) != null);
    }
}
