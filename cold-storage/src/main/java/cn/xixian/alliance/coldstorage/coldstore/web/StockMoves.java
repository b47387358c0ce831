package cn.xixian.alliance.coldstorage.coldstore.web;

import cn.xixian.alliance.coldstorage.coldstore.LedgerEntry;
import cn.xixian.alliance.coldstorage.coldstore.MoveType;
import cn.xixian.alliance.coldstorage.coldstore.PickResult;
import cn.xixian.alliance.coldstorage.coldstore.StockLot;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.units.Weights;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the stock API; weights in kg (at most gram precision). */
final class StockMoves {

    private StockMoves() {
    }

    record ReceiptBody(@Size(max = 200) String ref, @NotBlank String chamberId, @NotBlank String lotRef,
            @NotNull Grade grade, @NotBlank String cooperativeId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal weightKg,
            LocalDate storedOn, String reservationRef) {
    }

    record TakeBody(@Size(max = 200) String ref, @NotBlank String chamberId, @NotBlank String lotRef,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal weightKg,
            @Size(max = 500) String reason) {
    }

    record PickBody(@Size(max = 200) String ref, String chamberId, String storeId, @NotNull Grade grade,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal weightKg) {
    }

    record TransferBody(@Size(max = 200) String ref, @NotBlank String fromChamberId,
            @NotBlank String toChamberId, @NotBlank String lotRef,
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 9, fraction = 3) BigDecimal weightKg) {
    }

    record EntryView(String ref, String opRef, MoveType type, String chamberId, String storeId, String lotRef,
            Grade grade, String cooperativeId, LocalDate storedOn, BigDecimal weightKg, String reservationRef,
            String note, Instant at, String by) {

        static EntryView of(LedgerEntry e) {
            return new EntryView(e.ref(), e.opRef(), e.type(), e.chamberId(), e.storeId(), e.lotRef(), e.grade(),
                    e.cooperativeId(), e.storedOn(), Weights.kg(e.grams()), e.reservationRef(), e.note(), e.at(), e.by());
        }
    }

    record PickView(String ref, BigDecimal requestedKg, BigDecimal pickedKg, List<EntryView> legs) {

        static PickView of(PickResult p) {
            return new PickView(p.ref(), Weights.kg(p.requestedGrams()), Weights.kg(p.pickedGrams()),
                    p.legs().stream().map(EntryView::of).toList());
        }
    }

    record TransferView(EntryView out, EntryView in) {
    }

    record LotView(String chamberId, String lotRef, Grade grade, String cooperativeId, BigDecimal weightKg,
            LocalDate storedOn) {

        static LotView of(StockLot l) {
            return new LotView(l.chamberId(), l.lotRef(), l.grade(), l.cooperativeId(), Weights.kg(l.grams()),
                    l.storedOn());
        }
    }
}
