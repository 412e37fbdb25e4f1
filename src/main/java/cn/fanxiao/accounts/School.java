package cn.fanxiao.accounts;

public record School(String code, String name, String townshipCode, String countyCode) {
}
