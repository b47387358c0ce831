package cn.xixian.alliance.coldstorage.coldstore;

import java.util.List;

/** A constant-temperature warehouse (恒温库) owned by an alliance member; open while any chamber is open. */
public record ColdStore(
        String id,
        String code,
        String name,
        String ownerId,
        double lat,
        double lon,
        boolean open,
        List<Chamber> chambers) {
}
