package nl.regie.inburgering.test;

import java.util.UUID;

/**
 * The attacker's expression for CVE-2026-109432 with a trace of its own: evaluated anywhere in this JVM, it sets a
 * system property, so a refusal that came only after the evaluation would still show ({@link #uitgevoerd()}).
 */
public record Expressiespoor(String spoor, String aanval) {

    public static Expressiespoor nieuw() {
        String spoor = "aanval." + UUID.randomUUID();
        return new Expressiespoor(spoor, "${systemProperties.put('" + spoor + "','uitgevoerd')}");
    }

    public boolean uitgevoerd() {
        return System.getProperty(spoor) != null;
    }

    public void wis() {
        System.clearProperty(spoor);
    }
}
