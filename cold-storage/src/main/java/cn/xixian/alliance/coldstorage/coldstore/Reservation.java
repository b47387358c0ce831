package cn.xixian.alliance.coldstorage.coldstore;

/** Capacity held in a chamber for fruit on its way (ref as given to {@link StockService#reserve}). */
public record Reservation(String ref, String chamberId, long grams) {
}
