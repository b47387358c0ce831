package cn.xixian.alliance.core.technical;

/**
 * The technical group's figures for a season: sessions and how many household places they filled
 * ({@code attendances}, the "farmer-visits"), field visits, and the distinct households reached either way.
 */
public record SeasonCounts(
        int season,
        long trainings,
        long attendances,
        long distinctAttendees,
        long fieldVisits,
        long visitedHouseholds,
        long visitsOnRedOrders,
        long householdsReached,
        long techniciansActive) {
}
