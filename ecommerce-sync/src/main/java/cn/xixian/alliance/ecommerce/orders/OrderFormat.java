package cn.xixian.alliance.ecommerce.orders;

/** The shape a store's orders arrive in: each has its own channel route that maps it to an {@link IncomingOrder}. */
public enum OrderFormat {
    /** A trade of the Taobao/Tmall open platform ({@code taobao.trade.fullinfo.get}). */
    TAOBAO,
    /** An order of the JD open platform's order search. */
    JD,
    /** The alliance's generic order JSON (README, Online-store sales): the 832 platform and any other store. */
    GENERIC,
    /** A store back-office CSV export dropped in the watched folder. */
    CSV
}
