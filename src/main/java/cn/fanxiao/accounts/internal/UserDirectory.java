package cn.fanxiao.accounts.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.accounts.Accounts;
import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.CurrentUsers;
import cn.fanxiao.accounts.Jurisdiction;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.accounts.Role;
import cn.fanxiao.accounts.School;
import cn.fanxiao.shared.InvalidInputException;

/** Users in {@code fx_user}; each resolved once at sign-in to the county/township/school that scopes them. */
@Service
class UserDirectory implements UserDetailsService, CurrentUsers, Accounts {

    private final UserMapper users;
    private final Jurisdictions jurisdictions;
    private final PasswordEncoder passwordEncoder;

    UserDirectory(UserMapper users, Jurisdictions jurisdictions, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.jurisdictions = jurisdictions;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserMapper.UserRow row = users.find(username);
        if (row == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        Role role = Role.valueOf(row.role());
        return new FanxiaoUserDetails(resolve(row.username(), row.displayName(), role, row.jurisdictionCode()),
                row.passwordHash(), Boolean.TRUE.equals(row.enabled()));
    }

    @Override
    public CurrentUser current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof FanxiaoUserDetails details) {
            return details.user();
        }
        throw new IllegalStateException("no signed-in Fanxiao user in this request");
    }

    @Override
    @Transactional
    public void create(String username, String rawPassword, String displayName, Role role, String jurisdictionCode) {
        resolve(username, displayName, role, jurisdictionCode);
        users.insert(new UserMapper.UserRow(username, passwordEncoder.encode(rawPassword), displayName, role.name(),
                jurisdictionCode, true));
    }

    @Override
    public boolean exists(String username) {
        return users.find(username) != null;
    }

    @Override
    public java.util.Optional<String> email(String username) {
        String email = users.email(username);
        return email == null || email.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(email.strip());
    }

    private CurrentUser resolve(String username, String displayName, Role role, String code) {
        if (role == Role.SCHOOL_STAFF) {
            School school = jurisdictions.school(code)
                    .orElseThrow(() -> new InvalidInputException("jurisdictionCode", "学校不存在：" + code));
            return new CurrentUser(username, displayName, role, school.countyCode(), school.townshipCode(), school.code());
        }
        Jurisdiction j = jurisdictions.find(code)
                .orElseThrow(() -> new InvalidInputException("jurisdictionCode", "行政区划不存在：" + code));
        String township = role == Role.TOWNSHIP_OFFICER ? j.code() : null;
        return new CurrentUser(username, displayName, role, j.countyCode(), township, null);
    }
}
