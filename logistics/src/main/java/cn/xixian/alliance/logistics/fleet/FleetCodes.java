package cn.xixian.alliance.logistics.fleet;

/** Fleet codes may be Chinese (党员先锋号-01); plates are Chinese plates such as 晋L·A1234 or 晋LD12345 (new energy). */
final class FleetCodes {

    static final String PATTERN = "^[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,39}$";
    static final String MESSAGE = "must be 1-40 letters, digits, '-' or '_'";
    static final String PLATE = "^\\p{IsHan}[A-Z]·?[A-Z0-9]{5,6}$";
    static final String PLATE_MESSAGE = "must be a plate such as 晋L·A1234";
    static final String PHONE = "^[0-9+\\- ]{5,20}$";
    static final String PHONE_MESSAGE = "must be a phone number";
    /** Chinese driving licence classes (准驾车型). */
    static final String LICENCE = "^(A1|A2|A3|B1|B2|C1|C2|C3|C4|C5|C6|D|E|F|M|N|P)$";
    static final String LICENCE_MESSAGE = "must be a licence class such as C1 or B2";

    private FleetCodes() {
    }
}
