package cn.xixian.alliance.core.security;

/** What a signed-in user may do; Spring Security sees them as {@code ROLE_<name>}. */
public enum Role {
    /** Alliance coordinators: see and plan everything. */
    COORDINATOR,
    /** A cooperative's clerk: records and sees only that cooperative's households and lots. */
    COOPERATIVE,
    /** The red-express logistics team: dispatches vans. */
    DISPATCHER,
    /** An online store's back office pushing orders in. */
    STORE_INTEGRATION
}
