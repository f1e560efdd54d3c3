package nl.regie.inburgering.identiteit;

import java.util.List;

/** The Camunda groups: roles of the gemeente's staff and the partner connectors. Never a person. */
public final class Rollen {

    public static final String CASEMANAGER = "casemanager";
    public static final String TEAMLEIDER = "teamleider";
    public static final String INKOMENSCONSULENT = "inkomensconsulent";
    public static final String HANDHAVING = "handhaving";
    public static final String PROCESBEHEERDER = "procesbeheerder";
    /** The day-to-day beheerder ("Functioneel beheerder"): users, memberships and gemeenten in Admin; no dossiers. */
    public static final String BEHEERDER = "beheerder";
    /**
     * Camunda's own administrator group: every right. Break-glass only, and the direct member that the
     * CVE-2026-77226 control requires (see {@link IdentiteitInrichting#verzekerBeheerder()}).
     */
    public static final String NOODBEHEERDER = "camunda-admin";
    /** COA's koppeling: opens dossiers for statushouders assigned to a gemeente. */
    public static final String COA = "coa";
    /** DUO connector: feeds DUO's events (kennisgeving, …) into dossiers. */
    public static final String DUO = "duo";
    /** Partner systems that work external tasks (accounts per partner, see regie.partners). */
    public static final String PARTNER = "partner";
    // metrics (issue 14): the monitoring system's account (Prometheus); reads /actuator/prometheus and nothing else
    public static final String MONITORING = "monitoring";

    /** Staff roles that work user tasks in Tasklist (the models' candidate groups come from these). */
    public static final List<String> TAAKROLLEN = List.of(CASEMANAGER, TEAMLEIDER, INKOMENSCONSULENT, HANDHAVING);

    /**
     * Accounts of systems, not people: they use only their own entry point (/api, /partner-api, /actuator for
     * monitoring), never the engine or a webapp, and hold no engine authorization.
     */
    public static final List<String> KOPPELINGEN = List.of(COA, DUO, PARTNER, MONITORING);

    public static final List<String> MEDEWERKERS = List.of(CASEMANAGER, TEAMLEIDER, INKOMENSCONSULENT, HANDHAVING, PROCESBEHEERDER);

    private Rollen() {
    }
}
