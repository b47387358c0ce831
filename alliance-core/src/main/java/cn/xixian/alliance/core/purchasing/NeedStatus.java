package cn.xixian.alliance.core.purchasing;

/** OPEN until exactly one bulk purchase order takes the need (ORDERED). */
public enum NeedStatus {
    OPEN, ORDERED
}
