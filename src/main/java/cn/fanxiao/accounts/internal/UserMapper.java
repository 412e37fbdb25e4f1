package cn.fanxiao.accounts.internal;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Two one-line statements: kept as annotations rather than an XML file of their own. */
@Mapper
interface UserMapper {

    @Select("SELECT username, password_hash, display_name, role, jurisdiction_code, enabled FROM fx_user WHERE username = #{username}")
    UserRow find(@Param("username") String username);

    @Select("SELECT email FROM fx_user WHERE username = #{username} AND enabled = TRUE")
    String email(@Param("username") String username);

    @Insert("INSERT INTO fx_user (username, password_hash, display_name, role, jurisdiction_code, enabled) "
            + "VALUES (#{username}, #{passwordHash}, #{displayName}, #{role}, #{jurisdictionCode}, TRUE)")
    void insert(UserRow row);

    record UserRow(String username, String passwordHash, String displayName, String role, String jurisdictionCode,
                   Boolean enabled) {
    }
}
