package nl.regie.inburgering.engine;

/**
 * Marks an exception as our own refusal: its message is Dutch, names fields or query properties, and never quotes a
 * submitted value. Only such messages pass the error filter on the way out ({@code web/FoutmeldingFilter}); every
 * other error message is replaced by a generic one. {@link OngeldigeInvoerInterceptor} registers it
 * ({@link EigenFoutmelding}) when it leaves the engine.
 */
public interface EigenWeigering {
}
