package cn.xixian.alliance.core.transport;

/** What the load is; it decides which group asked and whether it must ride refrigerated. */
public enum TransportKind {
    /** Harvest lots from a village purchase point to a cold store (采收入库). */
    HARVEST_PICKUP,
    /** Bulk-bought farm inputs to a village (农资配送). */
    INPUT_DELIVERY,
    /** Store-order parcels from a cold store to a service station or the county post hub (网店包裹). */
    PARCEL,
    /** Stock moved between cold stores (并库调拨). */
    TRANSFER
}
