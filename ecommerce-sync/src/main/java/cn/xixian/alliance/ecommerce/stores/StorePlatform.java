package cn.xixian.alliance.ecommerce.stores;

import cn.xixian.alliance.ecommerce.orders.OrderFormat;

/** The marketplace a store sells on; it decides the shape of the store's orders (its channel route). */
public enum StorePlatform {
    /** Taobao / Tmall flagship store: Taobao open-platform trades. */
    TAOBAO(OrderFormat.TAOBAO),
    /** JD POP store: JD open-platform order search results. */
    JD(OrderFormat.JD),
    /** The national 832 poverty-area sales platform: the alliance's generic JSON. */
    P832(OrderFormat.GENERIC),
    /** The alliance's own web shop: generic JSON. */
    WEB(OrderFormat.GENERIC),
    /** Any other store: generic JSON. */
    OTHER(OrderFormat.GENERIC);

    private final OrderFormat format;

    StorePlatform(OrderFormat format) {
        this.format = format;
    }

    public OrderFormat format() {
        return format;
    }
}
