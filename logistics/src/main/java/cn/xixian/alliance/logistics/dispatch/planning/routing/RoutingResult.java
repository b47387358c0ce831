package cn.xixian.alliance.logistics.dispatch.planning.routing;

/** Each vehicle's visit sequence (visit indexes), the visits that fit nowhere, vehicles used and distance. */
public record RoutingResult(int[][] routes, int[] unassigned, int vehicles, double distance) {
}
