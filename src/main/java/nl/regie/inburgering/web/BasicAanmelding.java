package nl.regie.inburgering.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.camunda.bpm.engine.IdentityService;

/**
 * HTTP Basic against the engine's identity service, for our own entry points ({@code /api}, {@code /partner-api}).
 * The password check is the engine's, so login throttling (engine/AanmeldVertraging) applies here as everywhere.
 */
public final class BasicAanmelding {

    private BasicAanmelding() {
    }

    /** The user id of a well-formed Basic header whose password the identity service accepts; otherwise null. */
    public static String gebruiker(String header, IdentityService identityService) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String gebruikerEnWachtwoord;
        try {
            gebruikerEnWachtwoord = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int scheiding = gebruikerEnWachtwoord.indexOf(':');
        if (scheiding <= 0) {
            return null;
        }
        String id = gebruikerEnWachtwoord.substring(0, scheiding);
        return identityService.checkPassword(id, gebruikerEnWachtwoord.substring(scheiding + 1)) ? id : null;
    }
}
