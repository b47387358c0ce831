package cn.xixian.alliance.logistics.dispatch.planning.domain;

/** What happens at a stop, and so how the van's load changes there. */
public enum VisitKind {
    /** Drops a load the van carried from its depot (Solomon customers): counted in the load at departure. */
    DROP,
    /** Loads goods; its delivery must follow on the same van. */
    PICKUP,
    /** Unloads what its pickup loaded. */
    DELIVERY
}
