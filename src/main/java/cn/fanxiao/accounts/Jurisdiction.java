package cn.fanxiao.accounts;

/** One node of the jurisdiction tree (county, township/street or village). */
public record Jurisdiction(String code, String name, String shortName, JurisdictionLevel level,
                           String parentCode, String countyCode) {
}
