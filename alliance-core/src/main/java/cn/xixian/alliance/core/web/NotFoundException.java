package cn.xixian.alliance.core.web;

/** An id that names nothing: HTTP 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " not found");
    }
}
