package cn.fanxiao.accounts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import cn.fanxiao.shared.web.ProblemWriter;

/**
 * Who may reach what. The API and the engine's REST API need a Fanxiao account; auditors are read-only everywhere.
 * Cockpit/Tasklist under /camunda keep Camunda's own login (the engine admin user).
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ProblemWriter problems) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/verify/**", "/error").permitAll()
                        .requestMatchers("/camunda/**").permitAll()
                        // the engine's own REST API exposes every case: county legal staff and administrators only
                        .requestMatchers("/engine-rest/**").hasAnyRole("BUREAU_LEGAL", "ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers("/api/**").hasAnyRole("SCHOOL_STAFF", "TOWNSHIP_OFFICER", "BUREAU_LEGAL", "ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((req, res, ex) ->
                        problems.write(res, 401, "未登录", "请先登录（用户名和密码）", null)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> problems.write(res, 401, "未登录", "请先登录（用户名和密码）", null))
                        .accessDeniedHandler((req, res, e) -> problems.write(res, 403, "无权操作", "当前角色无权执行此操作", null)))
                // the API is stateless (HTTP Basic); Camunda's webapps carry their own CSRF protection
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**", "/camunda/**"))
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        return http.build();
    }
}
