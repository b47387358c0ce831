package cn.xixian.alliance.core.redorder;

import cn.xixian.alliance.core.redorder.persistence.RedOrderDocument;
import cn.xixian.alliance.core.redorder.persistence.RedOrderStore;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.NotFoundException;
import java.time.Instant;
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
