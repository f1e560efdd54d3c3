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
    private static final ThreadLocal<java.util.List<String>> VELDEN = new ThreadLocal<>();

    private EigenFoutmelding() {
    }

    public static void registreer(String melding) {
        MELDING.set(melding);
        VELDEN.remove();
    }

    /** As above, with the names of the refused fields (for the log's one line, which never holds the message). */
    public static void registreer(String melding, java.util.List<String> velden) {
        MELDING.set(melding);
        VELDEN.set(java.util.List.copyOf(velden));
    }

    /** The refused fields' names registered with the message, or an empty list. */
    public static java.util.List<String> velden() {
        java.util.List<String> velden = VELDEN.get();
        return velden == null ? java.util.List.of() : velden;
    }

    /** The message registered in this thread since the last {@link #wis()}, or null. */
    public static String melding() {
        return MELDING.get();
    }

    public static void wis() {
        MELDING.remove();
        VELDEN.remove();
    }
}
