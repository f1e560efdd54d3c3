package nl.regie.inburgering.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.Map;

import org.apache.ibatis.builder.BuilderException;
import org.apache.ibatis.ognl.MemberAccess;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's dynamic SQL reads the same properties through {@link OgnlLeesCache} as through OGNL's own accessor —
 * getter, boolean getter, read method, field, and a missing property refused — and the read method is resolved once.
 */
class OgnlLeesCacheTest {

    @BeforeAll
    static void installeer() {
        OgnlLeesCache.installeer();
    }

    @Test
    void deMotorQueryLeestZijnOfVlagZonderGetterEnHoudtDeMethodeVast() throws Exception {
        TaskQueryImpl query = new TaskQueryImpl();
        query.or().taskName("x").endOr();
        // Task.xml: <if test="query.isOrQueryActive"> over each of the query's parts; the field has no bean getter
        assertThat(OgnlRuntime.getPropertyAccessor(TaskQueryImpl.class)).isSameAs(OgnlLeesCache.INSTANTIE);
        assertThat(OgnlCache.getValue("query.isOrQueryActive", Map.of("query", query.getQueries().get(0)))).isEqualTo(false);
        assertThat(OgnlCache.getValue("query.isOrQueryActive", Map.of("query", query.getQueries().get(1)))).isEqualTo(true);
        assertThat(OgnlLeesCache.bekend(TaskQueryImpl.class, "isOrQueryActive")).isTrue();
        assertThat(OgnlLeesCache.leesmethode(TaskQueryImpl.class, "isOrQueryActive"))
                .contains(TaskQueryImpl.class.getMethod("isOrQueryActive"));
    }

    @Test
    void leestWatOgnlZelfLeest() throws Exception {
        Boon boon = new Boon();
        Map<String, Object> wortel = Map.of("boon", boon);
        for (String eigenschap : new String[] {"naam", "actief", "status", "veld", "verborgen", "lengte"}) {
            Object eigen = OgnlCache.getValue("boon." + eigenschap, wortel);
            Object ognl = new ObjectPropertyAccessor().getPossibleProperty(
                    Ognl.createDefaultContext(boon,
                            new VolleToegang()), boon, eigenschap);
            assertThat(eigen).as(eigenschap).isEqualTo(ognl).isNotNull();
        }
        assertThat(OgnlCache.getValue("boon.naam", wortel)).isEqualTo("getter");
        assertThat(OgnlCache.getValue("boon.actief", wortel)).isEqualTo(true);
        assertThat(OgnlCache.getValue("boon.status", wortel)).isEqualTo("leesmethode");
        assertThat(OgnlCache.getValue("boon.lengte", wortel)).isEqualTo(7);
        assertThat(OgnlCache.getValue("boon.veld", wortel)).isEqualTo("publiek veld");
        assertThat(OgnlCache.getValue("boon.verborgen", wortel)).isEqualTo("privé veld");
    }

    @Test
    void eenOnbekendeEigenschapBlijftEenFout() {
        assertThatThrownBy(() -> OgnlCache.getValue("boon.bestaatNiet", Map.of("boon", new Boon())))
                .isInstanceOf(BuilderException.class).hasMessageContaining("bestaatNiet");
        // the miss is kept too: the next evaluation does not search the methods again, and fails the same way
        assertThat(OgnlLeesCache.bekend(Boon.class, "bestaatNiet")).isTrue();
        assertThatThrownBy(() -> OgnlCache.getValue("boon.bestaatNiet", Map.of("boon", new Boon())))
                .isInstanceOf(BuilderException.class).hasMessageContaining("bestaatNiet");
    }

    @Test
    void eenFoutInDeGetterKomtDoor() {
        assertThatThrownBy(() -> OgnlCache.getValue("boon.kapot", Map.of("boon", new Boon())))
                .isInstanceOf(BuilderException.class).rootCause().hasMessage("kapotte getter");
    }

    public static class Boon {
        public String veld = "publiek veld";
        @SuppressWarnings("unused")
        private String verborgen = "privé veld";

        public String getNaam() {
            return "getter";
        }

        public boolean isActief() {
            return true;
        }

        /** No getter; OGNL's read-method search finds it by its name. */
        public String status() {
            return "leesmethode";
        }

        /** OGNL's read-method search also takes has…. */
        public int hasLengte() {
            return 7;
        }

        public String getKapot() {
            throw new IllegalStateException("kapotte getter");
        }
    }

    /** MyBatis's own member access (package-private there): everything accessible, as in the engine. */
    static class VolleToegang implements MemberAccess {
        @Override
        public Object setup(OgnlContext context, Object target, Member member,
                            String propertyName) {
            if (member instanceof AccessibleObject toegankelijk && !toegankelijk.canAccess(
                    Modifier.isStatic(member.getModifiers()) ? null : target)) {
                toegankelijk.setAccessible(true);
                return Boolean.FALSE;
            }
            return null;
        }

        @Override
        public void restore(OgnlContext context, Object target, Member member,
                            String propertyName, Object state) {
        }

        @Override
        public boolean isAccessible(OgnlContext context, Object target,
                                    Member member, String propertyName) {
            return true;
        }
    }
}
