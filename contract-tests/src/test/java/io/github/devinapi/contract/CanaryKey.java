package io.github.devinapi.contract;

import java.security.SecureRandom;
import java.util.HexFormat;

/** A fresh API key per test run, shaped like a real one, so that finding it anywhere proves a leak. */
public final class CanaryKey {

    private CanaryKey() {}

    public static String make() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return "apk_user_" + HexFormat.of().formatHex(bytes);
    }
}
