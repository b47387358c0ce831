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
    STORE_INTEGRATION,
    /** A red-express driver: the route of the van they drive today, and its stops' marks (see core.field). */
    DRIVER,
    /** A red-steward technician: their demonstration households' visits and trainings (see core.field). */
    TECHNICIAN,
    /** A cold-store keeper: stock moves and counts in the cold stores bound to them (see core.field). */
    COLD_STORE_KEEPER
}
