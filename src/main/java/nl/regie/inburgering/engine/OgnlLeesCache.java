package nl.regie.inburgering.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;

/**
 * The engine builds its SQL with MyBatis, and MyBatis evaluates every {@code <if test="…">} of a mapping with OGNL on
 * every execution. For a property without a bean getter ({@code query.isOrQueryActive},
 * {@code authCheck.shouldPerformAuthorizatioCheck}, …) OGNL's {@link ObjectPropertyAccessor} falls back to
 * {@link OgnlRuntime#getReadMethod(Class, String, Class[])}, which is not cached: it copies the class's public methods
 * and lower-cases every name, twice, on every evaluation. On the engine's query classes (hundreds of methods) that was
 * 15 % of the population loader's CPU and a share of every Tasklist request (issue 13, JFR profile in the README's
 * "Benchmark").
 * <p>
 * This accessor does exactly what OGNL's does — the bean getter, else the read method OGNL would find, else the field,
 * with the same member-access check — but resolves the method once per class and property name. Installed for
 * {@code Object} before the engine builds its MyBatis configuration ({@link EngineConfiguratie}); OGNL's own accessors
 * for maps, lists, arrays and MyBatis's context stay in place, being registered for their own classes.
 */
public final class OgnlLeesCache extends ObjectPropertyAccessor {

    static final OgnlLeesCache INSTANTIE = new OgnlLeesCache();

    private static final ClassValue<Map<String, Optional<Method>>> LEESMETHODEN = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> klasse) {
            return new ConcurrentHashMap<>();
        }
    };

    private OgnlLeesCache() {
    }

    /** Idempotent; the JVM's OGNL (MyBatis's copy) is global, so this is too. */
    public static void installeer() {
        OgnlRuntime.setPropertyAccessor(Object.class, INSTANTIE);
    }

    @Override
    public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
        try {
            Method methode = leesmethode(target.getClass(), name).orElse(null);
            if (methode != null && context.getMemberAccess().isAccessible(context, target, methode, name)) {
                try {
                    return OgnlRuntime.invokeMethod(target, methode, OgnlRuntime.NoArguments);
                } catch (InvocationTargetException e) {
                    throw new OgnlException(name, e.getTargetException());
                }
            }
            return OgnlRuntime.getFieldValue(context, target, name, true);
        } catch (OgnlException e) {
            throw e;
        } catch (Exception e) {
            throw new OgnlException(name, e);
        }
    }

    /** What OGNL's {@code getMethodValue} looks up on every call: the getter, else the read method; kept. */
    static Optional<Method> leesmethode(Class<?> klasse, String naam) {
        return LEESMETHODEN.get(klasse).computeIfAbsent(naam, n -> {
            Method getter = OgnlRuntime.getGetMethod(klasse, n);
            return Optional.ofNullable(getter != null ? getter : OgnlRuntime.getReadMethod(klasse, n, null));
        });
    }

    /** For the test: whether a class's property has been resolved. */
    static boolean bekend(Class<?> klasse, String naam) {
        return LEESMETHODEN.get(klasse).containsKey(naam);
    }
}
