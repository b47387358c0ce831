package cn.xixian.alliance.demo;

import cn.xixian.alliance.core.registry.Contact;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.registry.MemberRequest;
import cn.xixian.alliance.core.registry.MemberService;
import cn.xixian.alliance.core.registry.PartyBranch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The alliance's member organisations in the published numbers: 29 villages, 88 cooperatives,
 * 39 processors, 4 logistics firms, 12 e-commerce firms, 160 service stations, 132 online stores
 * and the county's functional departments, placed inside Xi County (around 36.69 N, 110.94 E).
 */
@Component
class DemoRegistry {

    static final double CENTRE_LAT = 36.69;
    static final double CENTRE_LON = 110.94;

    /** Store channels and how many of the 132 online stores each has; codes TAOBAO-01, JD-01, ... */
    private static final List<Object[]> STORES = List.of(new Object[] {"TAOBAO", "淘宝", 48},
            new Object[] {"JD", "京东", 36}, new Object[] {"P832", "832平台", 12}, new Object[] {"WEB", "网店", 36});
    private static final List<String[]> DEPARTMENTS = List.of(new String[] {"GOV-FRUIT", "隰县果业发展中心"},
            new String[] {"GOV-IIT", "隰县工业和信息化局"}, new String[] {"GOV-SAMR", "隰县市场监督管理局"},
            new String[] {"GOV-AGRI", "隰县农业农村局"}, new String[] {"GOV-COM", "隰县商务局"});

    private final MemberService members;

    DemoRegistry(MemberService members) {
        this.members = members;
    }

    record County(List<Member> villages, List<Member> cooperatives) {
    }

    County load(long seed) {
        Random random = new Random(seed);
        List<Member> villages = new ArrayList<>();
        for (int i = 0; i < 29; i++) {
            double lat = CENTRE_LAT + (random.nextDouble() - 0.5) * 0.36;
            double lon = CENTRE_LON + (random.nextDouble() - 0.5) * 0.44;
            villages.add(member(random, "VIL-%02d".formatted(i + 1), DemoNames.town(i) + DemoNames.village(i),
                    MemberKind.VILLAGE, lat, lon, null));
        }
        List<Member> cooperatives = new ArrayList<>();
        for (int i = 0; i < 88; i++) {
            Member village = villages.get(i % villages.size());
            String name = village.name() + (i < villages.size() ? "" : "第" + (i / villages.size() + 1)) + "玉露香梨专业合作社";
            cooperatives.add(near(random, "COOP-%03d".formatted(i + 1), name, MemberKind.COOPERATIVE, village));
        }
        for (int i = 0; i < 39; i++) {
            near(random, "PROC-%02d".formatted(i + 1), "隰县" + DemoNames.village(i + 3).replace("村", "")
                    + "果品加工厂" + (i + 1) + "号", MemberKind.PROCESSOR, villages.get((i * 7) % villages.size()));
        }
        String[] logistics = {"隰县红色快递城乡配送中心", "隰县顺达物流有限公司", "隰县梨乡冷链物流有限公司", "隰县邮政快递物流分公司"};
        for (int i = 0; i < logistics.length; i++) {
            member(random, "LOG-%02d".formatted(i + 1), logistics[i], MemberKind.LOGISTICS_FIRM,
                    CENTRE_LAT + random.nextGaussian() * 0.01, CENTRE_LON + random.nextGaussian() * 0.01, null);
        }
        for (int i = 0; i < 12; i++) {
            member(random, "EC-%02d".formatted(i + 1), "隰县" + DemoNames.village(i + 11).replace("村", "") + "电子商务有限公司",
                    MemberKind.ECOMMERCE_FIRM, CENTRE_LAT + random.nextGaussian() * 0.01,
                    CENTRE_LON + random.nextGaussian() * 0.01, null);
        }
        for (int i = 0; i < 160; i++) {
            Member village = villages.get(i % villages.size());
            near(random, "STN-%03d".formatted(i + 1), village.name() + "农村电商服务站" + (i / villages.size() + 1) + "号",
                    MemberKind.SERVICE_STATION, village);
        }
        for (Object[] channel : STORES) {
            for (int i = 1; i <= (Integer) channel[2]; i++) {
                member(random, "%s-%02d".formatted(channel[0], i), "隰县玉露香梨" + channel[1] + "店" + i + "号",
                        MemberKind.ONLINE_STORE, CENTRE_LAT + random.nextGaussian() * 0.01,
                        CENTRE_LON + random.nextGaussian() * 0.01, null);
            }
        }
        for (String[] department : DEPARTMENTS) {
            member(random, department[0], department[1], MemberKind.GOVERNMENT_DEPARTMENT,
                    CENTRE_LAT + random.nextGaussian() * 0.003, CENTRE_LON + random.nextGaussian() * 0.003, null);
        }
        return new County(villages, cooperatives);
    }

    private Member near(Random random, String code, String name, MemberKind kind, Member village) {
        return member(random, code, name, kind, village.lat() + random.nextGaussian() * 0.01,
                village.lon() + random.nextGaussian() * 0.01, village.id());
    }

    /** Draws the random fields first, so the scenario is the same whether or not the member exists. */
    private Member member(Random random, String code, String name, MemberKind kind, double lat, double lon,
            String villageId) {
        Contact contact = new Contact(DemoNames.person(random), DemoNames.phone(random), null);
        PartyBranch branch = new PartyBranch(name + "党支部", DemoNames.person(random),
                DemoNames.people(random, 3 + random.nextInt(6)));
        return members.find(code).orElseGet(() -> members.create(new MemberRequest(code, name, kind,
                round(lat), round(lon), villageId, contact, branch)));
    }

    static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
