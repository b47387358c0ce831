package cn.xixian.alliance.logistics.fleet;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alliance.logistics.fleet.*}: the county's time zone (shifts are local times) and the default home
 * depot of a van, the county urban-rural delivery centre in 隰县城.
 */
@ConfigurationProperties("alliance.logistics.fleet")
record FleetProperties(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("红色快递县城乡配送中心") String depotName,
        @DefaultValue("36.693") double depotLat,
        @DefaultValue("110.940") double depotLon) {
}
