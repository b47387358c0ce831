package cn.xixian.alliance.coldstorage.planning;

/** Peak-season allocation of harvest lots to chambers, or off-season consolidation of stock. */
public enum PlanKind { ALLOCATION, CONSOLIDATION }
