package cn.xixian.alliance.coldstorage.planning.domain;

/** Items that belong together (one cooperative's fruit); every extra bin they spread over costs {@code splitCost}. */
public record ItemGroup(String code, long splitCost) {
}
