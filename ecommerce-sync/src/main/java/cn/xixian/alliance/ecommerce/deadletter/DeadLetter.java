package cn.xixian.alliance.ecommerce.deadletter;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.ecommerce.orders.OrderFormat;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A store message that could not be taken, kept with its original payload (text exactly as received) and a
 * readable reason until someone fixes the cause (a SKU mapping, usually) and replays it.
 */
@Document("dead_letters")
public record DeadLetter(
        @Id String id,
        String storeCode,
        OrderFormat format,
        String source,
        String payload,
        String reason,
        List<FieldError> errors,
        DeadLetterStatus status,
        int attempts,
        Instant receivedAt,
        Instant lastAttemptAt) {
}
