package cn.xixian.alliance.coldstorage.coldstore.persistence;

import jakarta.annotation.PostConstruct;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Store codes are unique; the ledger is read per chamber (newest first) and per operation. */
@Component
class ColdStoreIndexes {

    private final MongoTemplate mongo;

    ColdStoreIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void create() {
        mongo.indexOps(ColdStoreDocument.COLLECTION).ensureIndex(new Index("code", Direction.ASC).unique().named("code"));
        mongo.indexOps(ColdStoreDocument.COLLECTION).ensureIndex(new Index("chambers._id", Direction.ASC).named("chamber"));
        var ledger = mongo.indexOps(LedgerEntryDocument.COLLECTION);
        ledger.ensureIndex(new Index("chamberId", Direction.ASC).on("at", Direction.DESC).named("chamber_at"));
        ledger.ensureIndex(new Index("opRef", Direction.ASC).named("op"));
        // the lot trace finds the chambers a lot went into by its receipts
        ledger.ensureIndex(new Index("lotRef", Direction.ASC).on("type", Direction.ASC).named("lot_type"));
        mongo.indexOps(ChamberBalances.COLLECTION).ensureIndex(new Index("storeId", Direction.ASC).named("store"));
    }
}
