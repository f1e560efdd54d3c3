package nl.regie.inburgering.dossier;

/** The burgerservicenummer check: nine digits passing the elfproef. */
public final class Bsn {

    private Bsn() {
    }

    public static boolean isGeldig(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}") || bsn.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (bsn.charAt(i) - '0') * (9 - i);
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0;
    }

    /**
     * A valid BSN made from a number (for generated populations and tests): eight digits from 10000000 on, taken
     * from the number, and the elfproef's check digit; {@code null} when that digit would be 10 (no BSN begins so).
     */
    public static String metControlecijfer(long getal) {
        String basis = "%08d".formatted(10_000_000 + Math.floorMod(getal, 89_999_999L));
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (basis.charAt(i) - '0') * (9 - i);
        }
        int controle = som % 11;
        return controle < 10 ? basis + controle : null;
    }
}
