package cn.fanxiao.accounts;

/** 县 → 乡镇（街道） → 村（社区）. */
public enum JurisdictionLevel {
    COUNTY, TOWNSHIP, VILLAGE
}
