package cn.xixian.alliance.core.redorder.persistence;

import cn.xixian.alliance.core.redorder.RedOrderStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The red-order jobs' reads and writes (settlement, season report): the contract readers they page through, the
 * per-contract incomes and the season reports ({@code season_reports}).
 */
@Component
public class RedOrderJobStore {

    private final MongoTemplate mongo;

    RedOrderJobStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The ids of a season's contracts with at least one delivery (whatever their status). */
    public ContractIdReader deliveredContracts(int season, int pageSize) {
        return new ContractIdReader(mongo, Criteria.where("season").is(season).and("deliveryCount").gt(0), pageSize);
    }

    /** The ids of a season's SETTLED or CLOSED contracts. */
    public ContractIdReader settledContracts(int season, int pageSize) {
        return new ContractIdReader(mongo, Criteria.where("season").is(season).and("status")
                .in(RedOrderStatus.SETTLED.name(), RedOrderStatus.CLOSED.name()), pageSize);
    }

    public List<RedOrderDocument> contracts(List<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), RedOrderDocument.class);
    }

    /** Stores (or replaces) one contract's income row. */
    public void saveIncome(SeasonIncomeDocument income) {
        mongo.save(income);
    }

    public List<SeasonIncomeDocument> incomes(int season) {
        return mongo.find(Query.query(Criteria.where("season").is(season)), SeasonIncomeDocument.class);
    }

    /** Stores (or replaces) a season's report. */
    public void saveReport(SeasonReportDocument report) {
        mongo.save(report);
    }

    public Optional<SeasonReportDocument> report(int season) {
        return Optional.ofNullable(mongo.findById(season, SeasonReportDocument.class));
    }
}
