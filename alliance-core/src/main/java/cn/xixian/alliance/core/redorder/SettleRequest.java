package cn.xixian.alliance.core.redorder;

import jakarta.validation.constraints.Size;

/** Settles a contract; {@code reason} is required (and recorded) only when advances exceed the gross value. */
public record SettleRequest(@Size(max = 500) String reason) {

    public static final SettleRequest NONE = new SettleRequest(null);
}
