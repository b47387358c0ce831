package cn.xixian.alliance.coldstorage.coldstore;

import java.util.List;

/**
 * A first-in-first-out pick: the OUT legs taken (oldest lots first) and how much was asked for.
 * {@code pickedGrams < requestedGrams} only when other picks took the stock meanwhile.
 */
public record PickResult(String ref, long requestedGrams, long pickedGrams, List<LedgerEntry> legs) {
}
