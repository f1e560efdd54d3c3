package nl.regie.inburgering.test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import nl.regie.inburgering.dossier.Bsn;
import nl.regie.inburgering.identiteit.Rollen;

/** Users and BSNs for tests: the same roles and gemeenten as the demo, created once per database. */
public final class TestGegevens {

    public record TestGebruiker(String id, String rol, List<String> gemeenten) {
    }

    public static final TestGebruiker CM_HOORN = new TestGebruiker("cm.hoorn", Rollen.CASEMANAGER, List.of("GM0441"));
    public static final TestGebruiker CM_HOORN_2 = new TestGebruiker("cm2.hoorn", Rollen.CASEMANAGER, List.of("GM0441"));
    public static final TestGebruiker CM_PURMEREND = new TestGebruiker("cm.purmerend", Rollen.CASEMANAGER, List.of("GM0439"));
    /** A casemanager of Enkhuizen: Westfriesland whose begeleiding is the partner's (Hoorn gives it itself). */
    public static final TestGebruiker CM_ENKHUIZEN = new TestGebruiker("cm.enkhuizen", Rollen.CASEMANAGER, List.of("GM0388"));
    public static final TestGebruiker CM_ZOETERMEER = new TestGebruiker("cm.zoetermeer", Rollen.CASEMANAGER, List.of("GM0637"));
    public static final TestGebruiker TL_WESTFRIESLAND = new TestGebruiker("tl.westfriesland", Rollen.TEAMLEIDER,
            List.of("GM0498", "GM0388", "GM0441", "GM1598", "GM0420", "GM0432", "GM0532"));
    public static final TestGebruiker TL_ZOETERMEER = new TestGebruiker("tl.zoetermeer", Rollen.TEAMLEIDER, List.of("GM0637"));
    /** A teamleider who is also casemanager in Hoorn: may draft, but then not fix the same PIP. */
    public static final TestGebruiker CM_TL_HOORN = new TestGebruiker("cmtl.hoorn", Rollen.TEAMLEIDER, List.of("GM0441"));
    public static final TestGebruiker PB = new TestGebruiker("pb.regio.test", Rollen.PROCESBEHEERDER, List.of("GM0441", "GM0637"));
    /** The day-to-day beheerder (Admin: users, memberships, gemeenten; no dossiers). */
    public static final TestGebruiker FB = new TestGebruiker("fb.regio.test", Rollen.BEHEERDER, List.of());
    /** Partner accounts (regie.partners): the taalaanbieder of the Westfriese B1/Z-route and the onderwijsroute's. */
    public static final TestGebruiker TAALSCHOOL_WESTFRIESLAND = new TestGebruiker("taalschool-westfriesland", Rollen.PARTNER,
            List.of("GM0498", "GM0388", "GM0441", "GM1598", "GM0420", "GM0432", "GM0532"));
    public static final TestGebruiker ROC_HORIZON = new TestGebruiker("roc-horizon", Rollen.PARTNER,
            List.of("GM0498", "GM0388", "GM0441", "GM1598", "GM0420", "GM0432", "GM0532", "GM0439"));
    public static final TestGebruiker PVT_MAP_WESTFRIESLAND = new TestGebruiker("pvt-map-westfriesland", Rollen.PARTNER,
            List.of("GM0441"));
    public static final TestGebruiker VLUCHTELINGENWERK = new TestGebruiker("vluchtelingenwerk", Rollen.PARTNER,
            List.of("GM0441", "GM0637", "GM0439"));
    public static final TestGebruiker INKOMENSSYSTEEM = new TestGebruiker("inkomenssysteem", Rollen.PARTNER,
            List.of("GM0441", "GM0637", "GM0439"));
    public static final TestGebruiker COA = new TestGebruiker("coa.koppeling", Rollen.COA, List.of());
    public static final TestGebruiker DUO = new TestGebruiker("duo.koppeling", Rollen.DUO, List.of());

    private static final List<TestGebruiker> ALLE = List.of(CM_HOORN, CM_HOORN_2, CM_PURMEREND, CM_ZOETERMEER, TL_WESTFRIESLAND,
            TL_ZOETERMEER, CM_TL_HOORN, PB, FB, TAALSCHOOL_WESTFRIESLAND, ROC_HORIZON,
            PVT_MAP_WESTFRIESLAND, VLUCHTELINGENWERK, INKOMENSSYSTEEM, COA, DUO, CM_ENKHUIZEN);
    private static final AtomicInteger VOLGNUMMER = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private TestGegevens() {
    }

    public static void zorgVoorGebruikers(IdentityService identityService) {
        ALLE.forEach(g -> zorgVoor(identityService, g));
        if (identityService.createGroupQuery().groupId(Rollen.CASEMANAGER).groupMember(CM_TL_HOORN.id()).count() == 0) {
            identityService.createMembership(CM_TL_HOORN.id(), Rollen.CASEMANAGER);
        }
    }

    public static void zorgVoor(IdentityService identityService, TestGebruiker g) {
        if (identityService.createUserQuery().userId(g.id()).count() > 0) {
            return;
        }
        User user = identityService.newUser(g.id());
        user.setPassword(g.id());
        user.setFirstName(g.id());
        user.setLastName("Test");
        identityService.saveUser(user);
        identityService.createMembership(g.id(), g.rol());
        g.gemeenten().forEach(t -> identityService.createTenantUserMembership(t, g.id()));
    }

    /** A fresh valid BSN (elfproef) for every call, so tests never collide. */
    public static String nieuwBsn() {
        while (true) {
            String bsn = Bsn.metControlecijfer(VOLGNUMMER.incrementAndGet() * 7919);
            if (bsn != null) {
                return bsn;
            }
        }
    }
}
