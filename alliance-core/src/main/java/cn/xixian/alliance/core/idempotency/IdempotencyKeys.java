package cn.xixian.alliance.core.idempotency;

import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key} header of writes from the phone pages: an id the phone made for one action, sent
 * again with every retry. It is never checked here and then written elsewhere: each feature stores the key
 * WITH the effect, in the single atomic document write that makes the effect (a unique id derived from the
 * key, or the key inside the document the write changes), so a retry after a lost answer finds the first
 * effect and changes nothing. Keys are scoped by the signed-in user, so two phones cannot collide.
 */
@Component
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private final CurrentUser currentUser;

    IdempotencyKeys(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** The header scoped by the caller ({@code user:key}); null when the request carried none. 400 when malformed. */
    public String scoped(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = header.strip();
        if (!ALLOWED.matcher(key).matches()) {
            throw new InvalidInputException(HEADER, "must be 1 to 100 letters, digits or _ . : -");
        }
        return currentUser.username() + ":" + key;
    }

    /** A stable document id for an effect made under a scoped key (the same key always gives the same id). */
    public static String idFor(String kind, String scopedKey) {
        return UUID.nameUUIDFromBytes((kind + "\n" + scopedKey).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
