package cn.xixian.alliance.demo;

import java.util.List;
import java.util.Random;

/** Plausible Chinese names for the demo county, drawn deterministically from a seeded random. */
final class DemoNames {

    static final List<String> TOWNS = List.of("龙泉", "午城", "黄土", "阳头升", "寨子", "城南", "下李", "陡坡");
    private static final List<String> VILLAGE_STEMS = List.of("上留", "下留", "南庄", "北庄", "东坡", "西坡", "杜家",
            "梁家", "王家", "李家", "张家", "高家", "石口", "河底", "坪上", "沟口", "岭南", "峪里", "新庄", "旧城",
            "桃园", "梨园", "庙后", "堡子", "窑头", "川口", "崖底", "柏树", "水泉", "后沟", "前沟", "大坪");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
            "郭", "马", "贾", "任", "田", "冯", "范", "高", "梁", "宋", "闫", "薛", "侯", "武");
    private static final List<String> GIVEN = List.of("建国", "建华", "国强", "志刚", "秀英", "桂兰", "玉梅", "海军",
            "红梅", "春生", "满仓", "丰收", "金锁", "银花", "永红", "小平", "卫东", "爱民", "文杰", "晓燕", "俊峰", "梨香");

    private DemoNames() {
    }

    static String village(int index) {
        return VILLAGE_STEMS.get(index % VILLAGE_STEMS.size()) + "村";
    }

    static String town(int index) {
        return TOWNS.get(index % TOWNS.size()) + (index % 3 == 0 ? "镇" : "乡");
    }

    static String person(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
    }

    static List<String> people(Random random, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> person(random)).toList();
    }

    static String phone(Random random) {
        return "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
    }
}
