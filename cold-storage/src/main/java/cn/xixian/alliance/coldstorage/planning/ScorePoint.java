package cn.xixian.alliance.coldstorage.planning;

/** The best score at a moment of the solve (what the events stream sends). */
public record ScorePoint(long millis, String score, boolean feasible) {
}
