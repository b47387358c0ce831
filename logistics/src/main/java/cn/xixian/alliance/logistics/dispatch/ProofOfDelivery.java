package cn.xixian.alliance.logistics.dispatch;

import java.time.Instant;

/** What a driver records at a stop: when (now if not given) and, when done, who signed. */
public record ProofOfDelivery(Instant at, String signer) {
}
