package cn.xixian.alliance.ecommerce.orders;

import cn.xixian.alliance.core.web.FieldError;
import cn.xixian.alliance.core.web.InvalidInputException;
import java.util.List;

/**
 * A store message the alliance cannot take as it is: malformed JSON or CSV, a missing field, an unknown SKU.
 * It is written to the dead letters with its original payload and the reason; a webhook answers 400 with the
 * same errors (it is an {@link InvalidInputException}, so the API's problem format applies).
 */
public class OrderRejectedException extends InvalidInputException {

    private final String deadLetterId;

    public OrderRejectedException(List<FieldError> errors) {
        this(errors, null);
    }

    public OrderRejectedException(String field, String message) {
        this(List.of(FieldError.of(field, message)), null);
    }

    public OrderRejectedException(List<FieldError> errors, String deadLetterId) {
        super(errors);
        this.deadLetterId = deadLetterId;
    }

    /** The dead letter this rejection was recorded as, once it was. */
    public String deadLetterId() {
        return deadLetterId;
    }

    /** The reason in one line, as stored on the dead letter. */
    public String reason() {
        return String.join("; ", errors().stream().map(e -> e.field() + ": " + e.message()).toList());
    }
}
