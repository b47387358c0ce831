package cn.xixian.alliance.ecommerce.orders;

/** Who the parcel goes to, as the platform gave it (Chinese text kept exactly). Any field may be null. */
public record Receiver(String name, String phone, String province, String city, String district, String address) {
}
