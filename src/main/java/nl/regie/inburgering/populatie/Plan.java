package nl.regie.inburgering.populatie;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One person's life in the population, drawn from the seed and the person's index only (so the same seed gives the
 * same plans, whatever thread walks them). What the plan does not fix — when a task is done, what a partner answers —
 * is drawn from a hash of the seed, the index and the moment, by {@link DossierSimulatie}.
 */
record Plan(int index, long seed, String gemeente, String doelgroep, String nationaliteit, String voornamen,
            String achternaam, LocalDate geboortedatum, LocalDate koppeling, LocalDate brp, LocalDate kennisgeving,
            boolean bijstand, String verschijning, String lbtUitslag, boolean jong, boolean pipTeLaat,
            boolean ontzorgen, Einde einde, int eindeNaMaanden, String verhuisNaar, int verhuisNaMaanden,
            int examenNaMaanden, int onderwijsNaMaanden, int verzuimInRapport) {

    /** How the plicht ends, if it ends within the simulated years by something other than the route itself. */
    enum Einde { GEEN, ONTHEFFING, VERTREK_UIT_NEDERLAND, OVERLEDEN, INGETROKKEN_NATURALISATIE, VERHUISD_BUITEN, VERHUISD_BINNEN }

    /** Relative size of the demo gemeenten (inburgeraars a year, roughly after seed 004 and the Zoetermeer note). */
    private static final List<String> GEWICHT_CODES = List.of("GM0637", "GM0439", "GM0441", "GM1904", "GM0420",
            "GM0498", "GM0388", "GM1598", "GM0532", "GM0432");
    private static final int[] GEWICHTEN = {25, 15, 12, 10, 8, 6, 6, 6, 7, 5};

    private static final List<String> STATUSHOUDER_LANDEN = List.of("SYR", "SYR", "SYR", "ERI", "ERI", "AFG", "TUR", "YEM", "SOM", "IRQ");
    private static final List<String> GEZIN_LANDEN = List.of("TUR", "MAR", "IND", "BRA", "THA", "PHL", "CHN", "USA", "UKR", "EGY");
    private static final List<String> EU_LANDEN = List.of("DEU", "POL", "ROU", "BGR", "ESP", "ITA");
    private static final List<String> VOORNAMEN = List.of("Amal", "Yonas", "Samira", "Bilal", "Hevin", "Tesfay", "Mariam",
            "Omar", "Nour", "Rahel", "Ahmad", "Fatma", "Priya", "Lucas", "Aylin", "Mehmet", "Selam", "Karim", "Leila", "Dawit");
    private static final List<String> ACHTERNAMEN = List.of("Haddad", "Tesfay", "Ali", "Hassan", "Kidane", "Darwish",
            "Yilmaz", "El Idrissi", "Santos", "Sharma", "Berhane", "Othman", "Kaya", "Nguyen", "Gebremedhin", "Rahimi");

    static Plan trek(int index, long seed, PopulatieInstellingen instellingen) {
        SplittableRandom r = new SplittableRandom(mix(seed, index, 0x5EED));
        String gemeente = gemeente(r, instellingen.gemeenten());
        // doelgroep and ending from a low-discrepancy sequence (Roberts' R3, shifted by the seed): the
        // shares hold in a small population too, and every index still gets its own independent rest of the plan
        double[] u = r3(index, seed);
        int d = (int) (u[0] * 100);
        String doelgroep;
        String land;
        if (d < 58) {
            doelgroep = "ASIELSTATUSHOUDER";
            land = kies(r, STATUSHOUDER_LANDEN);
        } else if (d < 65) {
            doelgroep = "NAREIZIGER";
            land = kies(r, STATUSHOUDER_LANDEN);
        } else if (d < 93) {
            doelgroep = "GEZINSMIGRANT";
            land = kies(r, GEZIN_LANDEN);
        } else { // overige: an EU citizen registered by mistake: no plicht, the casemanager confirms
            doelgroep = "GEZINSMIGRANT";
            land = kies(r, EU_LANDEN);
        }
        long dagen = ChronoUnit.DAYS.between(instellingen.van(), instellingen.tot().minusDays(3));
        // arrivals spread evenly over the years (stratified by index): the last ones are still in their intake
        double plaats = (index + r.nextDouble()) / Math.max(1, instellingen.aantal());
        LocalDate koppeling = instellingen.van().plusDays((long) (plaats * Math.max(1, dagen)));
        int leeftijd = r.nextInt(100) < 65 ? 18 + r.nextInt(17) : 35 + r.nextInt(28);
        LocalDate geboren = koppeling.minusYears(leeftijd).minusDays(r.nextInt(365));
        boolean statushouder = !"GEZINSMIGRANT".equals(doelgroep);
        LocalDate brp = statushouder ? koppeling.plusWeeks(2 + r.nextInt(12)) : koppeling;
        LocalDate kennisgeving = statushouder ? koppeling.plusDays(r.nextInt(21)) : koppeling.plusDays(r.nextInt(28));
        boolean bijstand = statushouder && r.nextInt(100) < 85;
        int v = r.nextInt(100);
        String verschijning = v < 88 ? "JA" : v < 95 ? "ZIEKTE" : "GEEN_GELDIGE_REDEN";
        int l = r.nextInt(100);
        String lbt = l < 60 ? "HAALBAAR" : l < 90 ? "NIET_HAALBAAR" : "ONBEKEND";
        boolean jong = leeftijd <= 30;
        boolean teLaat = r.nextInt(100) < 18;
        boolean ontzorgen = r.nextInt(100) < 80;
        int e = (int) (u[2] * 1000);
        Einde einde = e < 30 ? Einde.ONTHEFFING : e < 50 ? Einde.VERTREK_UIT_NEDERLAND : e < 55 ? Einde.OVERLEDEN
                : e < 65 ? Einde.INGETROKKEN_NATURALISATIE : e < 85 ? Einde.VERHUISD_BUITEN
                : e < 135 ? Einde.VERHUISD_BINNEN : Einde.GEEN;
        int eindeNa = 2 + r.nextInt(26);
        String naar = null;
        if (einde == Einde.VERHUISD_BINNEN) {
            List<String> anderen = instellingen.gemeenten().stream().filter(g -> !g.equals(gemeente)).toList();
            naar = anderen.isEmpty() ? null : kies(r, anderen);
        }
        int examen = r.nextInt(100) < 65 ? 16 + r.nextInt(22) : -1;
        int onderwijs = r.nextInt(100) < 80 ? 16 + r.nextInt(14) : -1;
        int verzuim = r.nextInt(100) < 12 ? 1 + r.nextInt(6) : -1;
        return new Plan(index, seed, gemeente, doelgroep, land, kies(r, VOORNAMEN), kies(r, ACHTERNAMEN), geboren,
                koppeling, brp, kennisgeving, bijstand, verschijning, lbt, jong, teLaat, ontzorgen, einde, eindeNa,
                naar, 1 + r.nextInt(12), examen, onderwijs, verzuim);
    }

    /** A citizen of the EU registered by mistake: not obliged. */
    boolean eu() {
        return EU_LANDEN.contains(nationaliteit);
    }

    boolean statushouder() {
        return !"GEZINSMIGRANT".equals(doelgroep);
    }

    /** The route the casemanager writes in the PIP: the Z-route when learning B1 is not feasible. */
    String leerroute(String advies) {
        if ("NIET_HAALBAAR".equals(lbtUitslag)) {
            return "Z";
        }
        if (jong && Math.floorMod(mix(seed, index, 77), 100) < 60) {
            return "ONDERWIJS";
        }
        return advies != null && !"ONDERWIJS".equals(advies) && Math.floorMod(mix(seed, index, 78), 100) < 85 ? advies : "B1";
    }

    private static double[] r3(int index, long seed) {
        double[] alfa = {0.8191725133961645, 0.6710436067037893, 0.5497004779019703};
        double[] u = new double[3];
        for (int i = 0; i < 3; i++) {
            double verschuiving = Math.floorMod(mix(seed, i, 0xA1FA), 1_000_000L) / 1e6;
            double x = verschuiving + (index + 1) * alfa[i];
            u[i] = x - Math.floor(x);
        }
        return u;
    }

    private static String gemeente(SplittableRandom r, List<String> gemeenten) {
        int totaal = 0;
        int[] gewicht = new int[gemeenten.size()];
        for (int i = 0; i < gemeenten.size(); i++) {
            int j = GEWICHT_CODES.indexOf(gemeenten.get(i));
            gewicht[i] = j < 0 ? 8 : GEWICHTEN[j];
            totaal += gewicht[i];
        }
        int t = r.nextInt(totaal);
        for (int i = 0; i < gewicht.length; i++) {
            t -= gewicht[i];
            if (t < 0) {
                return gemeenten.get(i);
            }
        }
        return gemeenten.get(0);
    }

    private static <T> T kies(SplittableRandom r, List<T> lijst) {
        return lijst.get(r.nextInt(lijst.size()));
    }

    /** A well-mixed 64-bit hash of the parts (SplitMix64's finaliser over each). */
    static long mix(long... delen) {
        long h = 0x9E3779B97F4A7C15L;
        for (long deel : delen) {
            h ^= deel;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
            h *= 0x94D049BB133111EBL;
            h ^= h >>> 29;
        }
        return h;
    }
}
