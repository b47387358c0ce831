package cn.xixian.alliance.coldstorage.planning.county;

import cn.xixian.alliance.core.grading.Grade;

/**
 * What a {@code Placement} stands for in the county: a lot or a block of it ({@code ref} = lotRef#k when
 * split), from a purchase point (allocation) or from its current chamber (consolidation).
 */
public record PlanItem(String ref, String lotRef, String cooperativeId, Grade grade, long grams, String fromId,
        String fromName, double lat, double lon, String currentChamberId) {
}
