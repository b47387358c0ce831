package cn.xixian.alliance.core.web;

/** An authenticated caller reaching for data that is not theirs (another cooperative's): HTTP 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String reason) {
        super(reason);
    }
}
