package cn.xixian.alliance.demo;

import cn.xixian.alliance.coldstorage.coldstore.ChamberRequest;
import cn.xixian.alliance.coldstorage.coldstore.ColdStore;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreRequest;
import cn.xixian.alliance.coldstorage.coldstore.ColdStoreService;
import cn.xixian.alliance.coldstorage.coldstore.GradeTemperatureRule;
import cn.xixian.alliance.coldstorage.coldstore.Receipt;
import cn.xixian.alliance.coldstorage.coldstore.StockService;
import cn.xixian.alliance.core.batch.JobRunner;
import cn.xixian.alliance.core.batch.TriggerableJob;
import cn.xixian.alliance.core.grading.Grade;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.web.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The county's cold stores: 60 warehouses (4 logistics firms' cold-chain centres, 36 processors' stores, 20
 * cooperatives' stores), each beside its owner, with 3–7 chambers of 50–500 t (about 300 in all) at mixed
 * set-points, and stock from the current harvest (plus some left over from the last one) so occupancy and
 * the sell-first list show something. Finishes by running the stock-age job for today.
 */
@Component
class DemoColdStores implements DemoStep {

    /** Set-points and how often each occurs: most chambers are kept at the pears' optimum. */
    private static final double[] SET_POINTS = {-0.5, -0.5, -0.5, -0.5, 0.0, 0.0, 0.0, 1.0, 1.5, 2.0, 3.5};

    private final ColdStoreService stores;
    private final StockService stock;
    private final MemberService members;
    private final GradeTemperatureRule temperatures;
    private final JobRunner jobs;
    private final List<TriggerableJob> triggers;

    DemoColdStores(ColdStoreService stores, StockService stock, MemberService members, GradeTemperatureRule temperatures,
            JobRunner jobs, List<TriggerableJob> triggers) {
        this.stores = stores;
        this.stock = stock;
        this.members = members;
        this.temperatures = temperatures;
        this.jobs = jobs;
        this.triggers = triggers;
    }

    @Override
    public String name() {
        return "cold-stores";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load(DemoProperties properties) {
        Random random = new Random(properties.seed() + 200);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int season = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        List<Member> owners = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            owners.add(member("LOG-%02d".formatted(i)));
        }
        for (int i = 1; i <= 36; i++) {
            owners.add(member("PROC-%02d".formatted(i)));
        }
        for (int i = 0; i < 20; i++) {
            owners.add(member("COOP-%03d".formatted(1 + i * 4)));
        }
        List<Member> cooperatives = new ArrayList<>();
        for (int i = 1; i <= 88; i++) {
            cooperatives.add(member("COOP-%03d".formatted(i)));
        }
        for (int i = 0; i < owners.size(); i++) {
            Member owner = owners.get(i);
            ColdStore store = store("CS-%03d".formatted(i + 1), owner, i < 4, random);
            for (var chamber : store.chambers()) {
                fill(store.code(), chamber.id(), chamber.tempC(), chamber.capacityTonnes(), cooperatives, season,
                        today, random);
            }
        }
        triggers.stream().filter(t -> t.jobName().equals("stockAgeJob")).findFirst()
                .ifPresent(t -> jobs.start(t.jobName(), t.parameters(Map.of("asOf", today.toString()))));
    }

    private ColdStore store(String code, Member owner, boolean coldChainCentre, Random random) {
        int chambers = coldChainCentre ? 7 : 3 + random.nextInt(5);
        List<ChamberRequest> requests = new ArrayList<>();
        for (int c = 0; c < chambers; c++) {
            int tonnes = 50 + 10 * random.nextInt(coldChainCentre ? 46 : 30);
            double temp = SET_POINTS[random.nextInt(SET_POINTS.length)];
            BigDecimal costPerTonneDay = BigDecimal.valueOf(50 + random.nextInt(71), 2); // 0.50–1.20 yuan
            BigDecimal fixedPerMonth = BigDecimal.valueOf(tonnes * (25L + random.nextInt(16)) * 100, 2);
            requests.add(new ChamberRequest("K%02d".formatted(c + 1), BigDecimal.valueOf(tonnes), temp,
                    88.0 + random.nextInt(8), costPerTonneDay, fixedPerMonth, true));
        }
        double lat = DemoRegistry.round(owner.lat() + random.nextGaussian() * 0.003);
        double lon = DemoRegistry.round(owner.lon() + random.nextGaussian() * 0.003);
        String suffix = coldChainCentre ? "冷链中心" : "恒温库";
        String name = owner.name().replace("玉露香梨专业合作社", "合作社").replace("有限公司", "") + suffix;
        try {
            return stores.get(code);
        } catch (NotFoundException absent) {
            return stores.create(new ColdStoreRequest(code, name, owner.id(), lat, lon, requests));
        }
    }

    /** Two chambers in three hold fruit: 20–80 % full, in lots of 5–40 t of grades that suit the set-point. */
    private void fill(String storeCode, String chamberId, double tempC, BigDecimal capacityTonnes,
            List<Member> cooperatives, int season, LocalDate today, Random random) {
        if (random.nextInt(3) == 0) {
            return;
        }
        List<Grade> suitable = java.util.Arrays.stream(Grade.values()).filter(g -> temperatures.suits(g, tempC)).toList();
        long target = (long) (capacityTonnes.doubleValue() * (0.2 + 0.6 * random.nextDouble()) * 10) * 100_000;
        long filled = 0;
        for (int n = 1; filled < target && !suitable.isEmpty(); n++) {
            long grams = Math.min(target - filled, (5 + random.nextInt(36)) * 1_000_000L);
            Grade grade = grade(suitable, random);
            boolean leftOver = random.nextInt(20) == 0;
            LocalDate storedOn = grade == Grade.OFF_GRADE ? today.minusDays(random.nextInt(75)) // processors take it soon
                    : LocalDate.of(leftOver ? season - 1 : season, 8, 25).plusDays(random.nextInt(45));
            if (storedOn.isAfter(today)) {
                storedOn = today;
            }
            String lotRef = "STK-%s-%s-%02d".formatted(storeCode, chamberId.substring(chamberId.length() - 4), n);
            Member coop = cooperatives.get(random.nextInt(cooperatives.size()));
            stock.receive(new Receipt("demo-" + lotRef, chamberId, lotRef, grade, coop.id(), grams, storedOn, null));
            filled += grams;
        }
    }

    /** Mostly grade-1 and grade-2 fruit; off-grade fruit rarely waits in a cold store. */
    private static Grade grade(List<Grade> suitable, Random random) {
        List<Grade> weighted = new ArrayList<>();
        for (Grade g : suitable) {
            int weight = switch (g) {
                case SPECIAL -> 2;
                case GRADE_1 -> 4;
                case GRADE_2 -> 3;
                case OFF_GRADE -> 1;
            };
            for (int i = 0; i < weight; i++) {
                weighted.add(g);
            }
        }
        return weighted.get(random.nextInt(weighted.size()));
    }

    private Member member(String code) {
        return members.find(code).orElseThrow(() -> new IllegalStateException("demo member " + code + " is missing"));
    }
}
