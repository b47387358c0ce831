package cn.xixian.alliance.logistics.distance;

/** Driving from one place to another: road metres and driving seconds. */
public record Leg(long meters, long seconds) {

    public static final Leg ZERO = new Leg(0, 0);
}
