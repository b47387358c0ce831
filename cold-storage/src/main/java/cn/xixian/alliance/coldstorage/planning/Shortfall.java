package cn.xixian.alliance.coldstorage.planning;

import java.math.BigDecimal;

/**
 * Why a plan cannot be made: the grade(s) named need more room than the open chambers that suit them
 * have free ({@code availableKg} 0: no chamber's temperature suits the grade).
 */
public record Shortfall(String grade, BigDecimal neededKg, BigDecimal availableKg) {
}
