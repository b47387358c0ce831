package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.NotFoundException;
import java.time.Instant;
import java.util.function.Predicate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Applies one {@link Transition} to a contract: refused with its reason (409) when the contract's state forbids it,
 * otherwise one atomic update guarded by the same rule, with the history entry (who, when) pushed in the same write.
 * When the guard no longer holds because someone else's change won meanwhile, the reason is read again.
 */
@Component
class ContractChanges {

    private final RedOrderStore store;
    private final CurrentUser currentUser;

    ContractChanges(RedOrderStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /** A contract the caller may see: 404 when unknown, 403 when another cooperative's. */
    RedOrderDocument load(String id) {
        RedOrderDocument order = store.find(id).orElseThrow(() -> new NotFoundException("red order", id));
        currentUser.checkCooperative(order.cooperativeId());
        return order;
    }

    /**
     * Applies a change the client keyed with {@code ref} (null: no key) at most once: guarded by "no entry with this
     * ref at {@code refPath} yet" in the same update; when the ref is already recorded ({@code recorded}), the stored
     * contract is returned unchanged, so a retried request does not count twice.
     */
    RedOrderDocument applyOnce(RedOrderDocument order, String ref, String refPath, Predicate<RedOrderDocument> recorded,
            Transition t, Update update, String detail) {
        if (ref == null) {
            return apply(order, t, null, update, detail);
        }
        if (recorded.test(order)) {
            return order;
        }
        try {
            return apply(order, t, Criteria.where(refPath).ne(ref), update, detail + " (ref " + ref + ")");
        } catch (ConflictException e) {
            RedOrderDocument now = store.find(order.id()).orElseThrow(() -> e);
            if (recorded.test(now)) {
                return now;
            }
            throw e;
        }
    }

    RedOrderDocument apply(RedOrderDocument order, Transition t, Criteria extra, Update update, String detail) {
        return apply(order, t, extra, update, detail, currentUser.username());
    }

    RedOrderDocument apply(RedOrderDocument order, Transition t, Criteria extra, Update update, String detail,
            String by) {
        String refusal = t.refusal(order);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        RedOrderStatus to = t.to == null ? RedOrderStatus.valueOf(order.status()) : t.to;
        update.push("history", new RedOrderDocument.Event(t.event, order.status(), to.name(), detail, by, Instant.now()));
        if (t.to != null) {
            update.set("status", t.to.name());
        }
        Criteria guard = extra == null ? t.guard() : new Criteria().andOperator(t.guard(), extra);
        return store.change(order.id(), guard, update).orElseThrow(() -> {
            String now = store.find(order.id()).map(t::refusal).orElse(null);
            return new ConflictException(now != null ? now : "the contract changed meanwhile; reload and try again");
        });
    }
}
