package cn.xixian.alliance.core.harvest;

import java.math.BigDecimal;

/**
 * The bounds of a harvest lot, written once: {@link HarvestLotRequest}'s checks use the constants, and the
 * cooperative page gets {@link #LIMITS} in its model (its form attributes and its typed checks read them there).
 */
public record HarvestLotLimits(BigDecimal maxWeightKg, int weightDecimals, BigDecimal maxFruitWeightG,
        BigDecimal minBrix, BigDecimal maxBrix, int orchardCodeMaxLength, int notesMaxLength,
        int externalRefMaxLength) {

    public static final String MAX_WEIGHT_KG = "100000";
    public static final int WEIGHT_INTEGER_DIGITS = 6;
    public static final int WEIGHT_DECIMALS = 3;
    public static final String MAX_FRUIT_WEIGHT_G = "2000";
    public static final String MIN_BRIX = "0";
    public static final String MAX_BRIX = "40";
    public static final int ORCHARD_CODE_MAX_LENGTH = 40;
    public static final int NOTES_MAX_LENGTH = 500;
    public static final int EXTERNAL_REF_MAX_LENGTH = 64;

    public static final HarvestLotLimits LIMITS = new HarvestLotLimits(new BigDecimal(MAX_WEIGHT_KG), WEIGHT_DECIMALS,
            new BigDecimal(MAX_FRUIT_WEIGHT_G), new BigDecimal(MIN_BRIX), new BigDecimal(MAX_BRIX),
            ORCHARD_CODE_MAX_LENGTH, NOTES_MAX_LENGTH, EXTERNAL_REF_MAX_LENGTH);

    /** The smallest weight step the form accepts, e.g. {@code 0.001}. */
    public BigDecimal weightStep() {
        return BigDecimal.ONE.movePointLeft(weightDecimals);
    }
}
