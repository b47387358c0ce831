package cn.xixian.alliance.core.transport;

/** Where a load is picked up or dropped: a member of the alliance (village, cold store owner, station) or a point. */
public record Place(String memberId, String name, double lat, double lon) {
}
