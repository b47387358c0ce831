package cn.xixian.alliance.ecommerce.channels.poll;

import cn.xixian.alliance.ecommerce.channels.mapping.OrderMapper.OrderKey;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How far a store's order API has been read: the newest {@code modified} taken, and the orders taken at exactly that
 * instant (the platforms' times have whole seconds, and the next window starts at that instant again, inclusive).
 * Everything older, and those orders at that instant, are taken; anything else is new.
 */
@Document("poll_checkpoints")
public record PollCheckpoint(@Id String storeCode, Instant modified, List<String> idsAtModified, Instant updatedAt) {

    public PollCheckpoint {
        idsAtModified = idsAtModified == null ? List.of() : List.copyOf(idsAtModified);
    }

    /** Whether this version of this order was taken before. */
    boolean covers(OrderKey key) {
        return key.modified().isBefore(modified)
                || key.modified().equals(modified) && idsAtModified.contains(key.orderId());
    }

    /** The checkpoint after these versions were stored. */
    PollCheckpoint advance(Collection<OrderKey> taken, Instant now) {
        Instant newest = taken.stream().map(OrderKey::modified).max(Instant::compareTo).orElse(modified);
        if (newest.isBefore(modified)) {
            return this;
        }
        Set<String> ids = new LinkedHashSet<>(newest.equals(modified) ? idsAtModified : List.of());
        taken.stream().filter(k -> k.modified().equals(newest)).forEach(k -> ids.add(k.orderId()));
        return new PollCheckpoint(storeCode, newest, List.copyOf(ids), now);
    }
}
