package cn.xixian.alliance.ecommerce.deadletter;

/** NEW until a replay goes through (REPLAYED); a replay that fails again leaves it NEW with the new reason. */
public enum DeadLetterStatus {
    NEW, REPLAYED
}
