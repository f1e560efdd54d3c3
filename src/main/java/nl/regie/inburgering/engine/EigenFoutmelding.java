package nl.regie.inburgering.engine;

/**
 * The message of our own refusal ({@link EigenWeigering}) raised while serving the current request. The
 * engine REST API wraps it ("Cannot complete task {id}: ...") and the error filter on the way out
 * ({@code web/FoutmeldingFilter}) replaces every engine message with a generic one; this is how our own message,
 * which names fields and never values, still reaches the caller. Set where the exception leaves the engine
 * ({@link OngeldigeInvoerInterceptor}); cleared by the filter
 * at the start and end of every request.
 */
public final class EigenFoutmelding {

    private static final ThreadLocal<String> MELDING = new ThreadLocal<>();

    private EigenFoutmelding() {
    }

    public static void registreer(String melding) {
        MELDING.set(melding);
    }

    /** The message registered in this thread since the last {@link #wis()}, or null. */
    public static String melding() {
        return MELDING.get();
    }

    public static void wis() {
        MELDING.remove();
    }
}
