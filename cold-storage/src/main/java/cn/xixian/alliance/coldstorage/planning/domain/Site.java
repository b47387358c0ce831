package cn.xixian.alliance.coldstorage.planning.domain;

/** A warehouse (or any group of bins) that costs {@code touchCost} once if any of its bins is used. */
public record Site(String code, long touchCost) {
}
