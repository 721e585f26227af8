package it.traccia.app.web;

/**
 * Checks bytes as UTF-8 (RFC 3629), one at a time (codifica UTF-8): no overlong form such as {@code C0 AF} for "/", no
 * surrogate, nothing above U+10FFFF, no sequence cut short. Jackson and Tomcat decode some of these leniently.
 */
final class Utf8 {

    private static final int CONTINUATION_LOW = 0x80;
    private static final int CONTINUATION_HIGH = 0xBF;

    private int remaining;
    private int lower = CONTINUATION_LOW;
    private int upper = CONTINUATION_HIGH;

    /** Takes the next byte (0–255); false when it cannot follow the bytes before it. */
    boolean accept(int octet) {
        if (remaining > 0) {
            if (octet < lower || octet > upper) {
                return false;
            }
            remaining--;
            lower = CONTINUATION_LOW;
            upper = CONTINUATION_HIGH;
            return true;
        }
        if (octet < 0x80) {
            return true;
        }
        if (octet >= 0xC2 && octet <= 0xDF) {
            return expect(1, CONTINUATION_LOW, CONTINUATION_HIGH);
        }
        if (octet == 0xE0) {
            return expect(2, 0xA0, CONTINUATION_HIGH);
        }
        if (octet == 0xED) {
            return expect(2, CONTINUATION_LOW, 0x9F);
        }
        if (octet >= 0xE1 && octet <= 0xEF) {
            return expect(2, CONTINUATION_LOW, CONTINUATION_HIGH);
        }
        if (octet == 0xF0) {
            return expect(3, 0x90, CONTINUATION_HIGH);
        }
        if (octet >= 0xF1 && octet <= 0xF3) {
            return expect(3, CONTINUATION_LOW, CONTINUATION_HIGH);
        }
        if (octet == 0xF4) {
            return expect(3, CONTINUATION_LOW, 0x8F);
        }
        return false;
    }

    /** Whether the bytes so far end where a character ends. */
    boolean isComplete() {
        return remaining == 0;
    }

    static boolean isValid(byte[] bytes) {
        Utf8 check = new Utf8();
        for (byte octet : bytes) {
            if (!check.accept(octet & 0xFF)) {
                return false;
            }
        }
        return check.isComplete();
    }

    private boolean expect(int continuations, int firstLower, int firstUpper) {
        remaining = continuations;
        lower = firstLower;
        upper = firstUpper;
        return true;
    }
}
