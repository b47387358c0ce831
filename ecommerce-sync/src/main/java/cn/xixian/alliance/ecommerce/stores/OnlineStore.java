package cn.xixian.alliance.ecommerce.stores;

import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import java.time.Instant;

/**
 * An online store whose orders the alliance takes in. Deliberately without its webhook secret: this is what every
 * API and log may show; {@code secretSet} only says whether one is on file (or configured).
 */
public record OnlineStore(String id, String code, String name, StorePlatform platform, OrderFormat format,
        String memberId, PollSettings poll, boolean secretSet, Instant createdAt) {
}
