package cn.xixian.alliance.core.units;

import java.math.BigDecimal;

/** Weights are stored as whole grams ({@code long}) and shown as kilograms ({@code weightKg}). */
public final class Weights {

    private Weights() {
    }

    /** Kilograms with at most three decimals to grams; more decimals than a gram is an input error upstream. */
    public static long grams(BigDecimal kg) {
        return kg.movePointRight(3).longValueExact();
    }

    /** Grams to kilograms without trailing zeros, never in exponent form (12000 g is 12, not 1.2E+1). */
    public static BigDecimal kg(long grams) {
        BigDecimal kg = BigDecimal.valueOf(grams, 3).stripTrailingZeros();
        return kg.scale() < 0 ? kg.setScale(0) : kg;
    }
}
