package cn.fanxiao.accounts;

/** User administration. */
public interface Accounts {

    /** Creates a user; {@code jurisdictionCode} is a county or township code, or a school code for school staff. */
    void create(String username, String rawPassword, String displayName, Role role, String jurisdictionCode);

    boolean exists(String username);

    /** The e-mail address of an enabled user, if one is recorded. */
    java.util.Optional<String> email(String username);
}
