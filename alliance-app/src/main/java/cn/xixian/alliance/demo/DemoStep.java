package cn.xixian.alliance.demo;

/**
 * One further part of the demo county (red orders, cold stores, the fleet …), loaded after the registry and
 * people, in {@link #order()}. Each part is loaded once, marked by its {@link #name()}, so a part added in a
 * later release also loads into a demo database that already has the older parts. Read what you need of the
 * county through the modules' services (members by kind, households).
 */
interface DemoStep {

    String name();

    default int order() {
        return 100;
    }

    /** Whether this part belongs to the demo asked for (a part left out is not marked, so it loads when asked later). */
    default boolean appliesTo(DemoProperties properties) {
        return true;
    }

    void load(DemoProperties properties);
}
