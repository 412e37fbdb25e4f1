package cn.fanxiao.documents;

import java.time.LocalDate;

/**
 * What anyone holding a paper copy learns at {@code /verify/{code}}: enough to tell a genuine, current document
 * from a forged or outdated one, and nothing about the child or the family.
 *
 * @param intact the archived PDF still has the hash it was issued with
 */
public record Verification(String verificationCode, String number, String title, String issuerName,
                           LocalDate issuedOn, String sha256, DocumentStatus status, String statusLabel,
                           boolean intact) {
}
