package cn.fanxiao.shared;

/** Masks identifiers of minors and guardians for screens, logs and exports. */
public final class Masking {

    private Masking() {
    }

    /** 530102200801011234 → 530102********1234: region kept for routing, birth date hidden. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 10) {
            return id == null ? null : "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }

    /** 13812345678 → 138****5678. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
