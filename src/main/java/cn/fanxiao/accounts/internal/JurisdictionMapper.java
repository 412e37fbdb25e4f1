package cn.fanxiao.accounts.internal;

import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.School;

@Mapper
interface JurisdictionMapper {

    Jurisdiction find(@Param("code") String code);

    List<Jurisdiction> children(@Param("parentCode") String parentCode);

    School school(@Param("code") String code);

    List<SettingRow> settings(@Param("codes") List<String> codes);

    int updateSetting(@Param("code") String code, @Param("key") String key, @Param("value") String value);

    void insertSetting(@Param("code") String code, @Param("key") String key, @Param("value") String value);

    void insertJurisdiction(Jurisdiction jurisdiction);

    void insertSchool(School school);

    record SettingRow(String jurisdictionCode, String settingKey, String settingValue) {
    }
}
