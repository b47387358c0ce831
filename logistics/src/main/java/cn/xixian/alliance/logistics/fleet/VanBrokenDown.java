package cn.xixian.alliance.logistics.fleet;

/** Published when a van is marked broken down, so a running dispatch can re-plan its stops. */
public record VanBrokenDown(Van van) {
}
