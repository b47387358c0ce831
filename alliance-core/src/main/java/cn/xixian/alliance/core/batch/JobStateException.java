package cn.xixian.alliance.core.batch;

import cn.xixian.alliance.core.web.ConflictException;

/** A job asked to do what its state forbids (restart a completed one): HTTP 409. */
public class JobStateException extends ConflictException {

    public JobStateException(String reason) {
        super(reason);
    }
}
