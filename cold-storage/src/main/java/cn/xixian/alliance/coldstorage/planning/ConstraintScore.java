package cn.xixian.alliance.coldstorage.planning;

/** One constraint's share of the score (hard in kg, soft in fen) and how many matches make it up. */
public record ConstraintScore(String constraint, String score, int matches) {
}
