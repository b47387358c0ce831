/**
 * Everything from the outside world to the canonical route {@code direct:store-orders}: one channel route per order
 * format (Taobao, JD, generic JSON, CSV exports), the signed webhook, the order-API pollers and the CSV folder.
 * Sub-packages are internal; the channel routes are reached through {@code SalesEndpoints.channel(format)}.
 */
package cn.xixian.alliance.ecommerce.channels;
