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
}
