package cn.xixian.alliance.logistics.requests;

import cn.xixian.alliance.core.transport.NewTransportRequest;
import cn.xixian.alliance.core.transport.Place;
import cn.xixian.alliance.core.transport.TimeWindow;
import cn.xixian.alliance.core.transport.TransportRequest;
import java.math.BigDecimal;

/** What the serviceability check needs of a request, whether it is still a submission or already stored. */
record Load(Place from, Place to, BigDecimal weightKg, boolean refrigerated, TimeWindow pickupWindow,
        TimeWindow deliveryWindow, int pickupServiceMinutes, int deliveryServiceMinutes) {

    static Load of(TransportRequest r) {
        return new Load(r.from(), r.to(), r.weightKg(), r.refrigerated(), r.pickupWindow(), r.deliveryWindow(),
                r.pickupServiceMinutes(), r.deliveryServiceMinutes());
    }

    static Load of(NewTransportRequest r) {
        return new Load(r.from(), r.to(), r.weightKg(), r.refrigeratedOrDefault(), r.pickupWindow(),
                r.deliveryWindow(), orZero(r.pickupServiceMinutes()), orZero(r.deliveryServiceMinutes()));
    }

    private static int orZero(Integer minutes) {
        return minutes == null ? 0 : minutes;
    }
}
