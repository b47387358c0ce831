package cn.xixian.alliance.ecommerce.orders.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The van loads one intake batch's parcels are split into: per destination, loads of at most {@code capGrams},
 * filled first-fit in the order the orders are recorded; an order heavier than the cap alone gets its own load. The
 * load is chosen once, when the order's {@code parcelRef} ({@code <batchId>/<destination>/<n>}) is written with it,
 * from the planned booked grams (what is actually booked never exceeds the plan) — so the parcels step, however often
 * it runs, only groups orders by their stored reference and asks for the same requests.
 */
final class ParcelLoads {

    private final String batchId;
    private final long capGrams;
    /** Per destination, grams assigned to each load so far (load n at index n - 1). */
    private final Map<String, List<Long>> loads = new HashMap<>();

    ParcelLoads(String batchId, long capGrams) {
        if (capGrams <= 0) {
            throw new IllegalArgumentException("alliance.ecommerce.parcels.max-load-kg must be positive");
        }
        this.batchId = batchId;
        this.capGrams = capGrams;
    }

    /** The load of this batch that takes {@code grams} more to {@code destination}: the first with room, else a new one. */
    String assign(String destination, long grams) {
        List<Long> filled = loads.computeIfAbsent(destination, d -> new ArrayList<>());
        int n = 0;
        while (n < filled.size() && filled.get(n) > 0 && filled.get(n) + grams > capGrams) {
            n++;
        }
        if (n == filled.size()) {
            filled.add(0L);
        }
        filled.set(n, filled.get(n) + grams);
        return batchId + "/" + destination + "/" + (n + 1);
    }

    /** Gives back what an order whose write was lost (raced) had taken, so it is not counted twice when redone. */
    void unassign(String parcelRef, long grams) {
        String mine = batchId + "/";
        if (parcelRef == null || !parcelRef.startsWith(mine) || parcelRef.lastIndexOf('/') < mine.length()) {
            return;
        }
        int slash = parcelRef.lastIndexOf('/');
        List<Long> filled = loads.get(parcelRef.substring(mine.length(), slash));
        int n = Integer.parseInt(parcelRef.substring(slash + 1)) - 1;
        if (filled != null && n < filled.size()) {
            filled.set(n, Math.max(0, filled.get(n) - grams));
        }
    }

    /** The destination of a parcel reference of {@code batchId} ({@code <batchId>/<destination>[/<n>]}). */
    static String destination(String batchId, String parcelRef) {
        String rest = parcelRef.substring(batchId.length() + 1);
        int slash = rest.lastIndexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash); // no load number: written before loads were split
    }
}
