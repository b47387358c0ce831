package cn.xixian.alliance.core.redorder;

/**
 * How a contract prices the contracted kilograms of a grade.
 * <ul>
 * <li>FLOOR (保底价): the line's floor price, or the season's market price for the grade when that is
 * higher (保底收购、随行就市) — a floor, not a fixed price.</li>
 * <li>MARKET_PLUS_PREMIUM: the season's market price for the grade plus the line's premium.</li>
 * </ul>
 */
public enum PriceRule {
    FLOOR, MARKET_PLUS_PREMIUM
}
