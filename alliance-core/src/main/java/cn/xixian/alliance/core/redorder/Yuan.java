package cn.xixian.alliance.core.redorder;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money is stored as whole fen ({@code long}: exact, and {@code $inc}-able) and shown as yuan with two decimals. */
public final class Yuan {

    private Yuan() {
    }

    /** Yuan with at most two decimals to fen; more decimals are refused upstream by validation. */
    public static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).longValueExact();
    }

    public static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    public static BigDecimal yuanOrNull(Long fen) {
        return fen == null ? null : yuan(fen);
    }

    /** The value of {@code grams} at {@code fenPerKg}, rounded half-up to the fen. */
    public static long value(long grams, long fenPerKg) {
        return BigDecimal.valueOf(grams).multiply(BigDecimal.valueOf(fenPerKg))
                .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
