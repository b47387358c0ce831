package cn.xixian.alliance.coldstorage.planning.domain;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One item (a harvest lot, a block of one, a stock position, or a GAP job) and the bin it goes to.
 * Costs and capacity use are per (item, bin) pair: rows indexed by {@link Bin#getIndex()}; a null
 * row means zero cost, use equal to the quantity, or every bin allowed.
 */
@PlanningEntity
public class Placement {

    @PlanningId
    private int index;
    private String ref;
    private ItemGroup group;
    private long quantity;
    private int[] transportCost;
    private int[] storageCost;
    private int[] use;
    private boolean[] allowed;

    @PlanningVariable
    private Bin bin;

    Placement() {
    }

    public Placement(int index, String ref, ItemGroup group, long quantity, int[] transportCost, int[] storageCost,
            int[] use, boolean[] allowed) {
        this.index = index;
        this.ref = ref;
        this.group = group;
        this.quantity = quantity;
        this.transportCost = transportCost;
        this.storageCost = storageCost;
        this.use = use;
        this.allowed = allowed;
    }

    public long use() {
        return use == null ? quantity : use[bin.getIndex()];
    }

    public long transportCost() {
        return transportCost == null ? 0 : transportCost[bin.getIndex()];
    }

    public long storageCost() {
        return storageCost == null ? 0 : storageCost[bin.getIndex()];
    }

    public boolean suitsBin() {
        return allowed == null || allowed[bin.getIndex()];
    }

    public boolean allows(int binIndex) {
        return allowed == null || allowed[binIndex];
    }

    public int pairCost(int binIndex) {
        return (transportCost == null ? 0 : transportCost[binIndex]) + (storageCost == null ? 0 : storageCost[binIndex]);
    }

    public int pairUse(int binIndex) {
        return use == null ? Math.toIntExact(quantity) : use[binIndex];
    }

    public int getIndex() {
        return index;
    }

    public String getRef() {
        return ref;
    }

    public ItemGroup getGroup() {
        return group;
    }

    public long getQuantity() {
        return quantity;
    }

    public Bin getBin() {
        return bin;
    }

    public void setBin(Bin bin) {
        this.bin = bin;
    }

    @Override
    public String toString() {
        return ref + "->" + bin;
    }
}
