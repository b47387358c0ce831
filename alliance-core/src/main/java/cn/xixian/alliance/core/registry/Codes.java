package cn.xixian.alliance.core.registry;

/** Natural codes (COOP-001, TAOBAO-01, HH-0001): short, printable, safe in URLs and CSV files; phone numbers. */
final class Codes {

    static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$";
    static final String MESSAGE = "must be 1-40 letters, digits, '-' or '_'";
    static final String PHONE = "^[0-9+\\- ]{5,20}$";
    static final String PHONE_MESSAGE = "must be a phone number";

    private Codes() {
    }
}
