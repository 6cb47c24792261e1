package app.dossier.phone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret part of the page's address: 256 random bits, shown only in the QR code and the address
 * beside it. A new one is drawn when the page is turned on and when the old one is revoked.
 */
public record AccessToken(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public static AccessToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Compares in constant time, so how long a refusal takes says nothing of the token. */
    public boolean matches(String offered) {
        return offered != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                offered.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "AccessToken[hidden]";
    }
}
