package cn.xixian.alliance.ecommerce.stores;

/** Published when a store is created or changed, so its poll route can start (or change) at once. */
public record OnlineStoreSaved(OnlineStore store) {
}
