package cn.xixian.alliance.core.web;

/** A request that is well formed but clashes with the current state: HTTP 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String reason) {
        super(reason);
    }
}
