package cn.fanxiao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Fanxiao (返校): the case system for compulsory-education dropout control (控辍保学).
 * Each top-level package below this one is a Spring Modulith application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FanxiaoApplication {

    public static void main(String[] args) {
        // Moments are stored as UTC; legal days use Asia/Shanghai explicitly (LegalTime), never this default.
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        SpringApplication.run(FanxiaoApplication.class, args);
    }
}
