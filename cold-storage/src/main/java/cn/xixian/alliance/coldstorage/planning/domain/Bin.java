package cn.xixian.alliance.coldstorage.planning.domain;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * Where items go: a chamber, or a GAP agent. {@code index} is its column in each item's cost and
 * use rows. {@code fixedCost} is paid once if anything is in it (a chamber kept open for a month).
 */
public class Bin {

    @PlanningId
    private int index;
    private String code;
    private Site site;
    private long capacity;
    private long fixedCost;

    Bin() {
    }

    public Bin(int index, String code, Site site, long capacity, long fixedCost) {
        this.index = index;
        this.code = code;
        this.site = site;
        this.capacity = capacity;
        this.fixedCost = fixedCost;
    }

    public int getIndex() {
        return index;
    }

    public String getCode() {
        return code;
    }

    public Site getSite() {
        return site;
    }

    public long getCapacity() {
        return capacity;
    }

    public long getFixedCost() {
        return fixedCost;
    }

    @Override
    public String toString() {
        return code;
    }
}
