package nl.regie.inburgering.gemeente;

import java.time.Period;

/**
 * A gemeente served by this installation, with its effective policy (its own settings over the defaults).
 * The gemeente is the engine tenant: tenant id {@code GM} + CBS code.
 */
public record Gemeente(
        String tenantId,
        String naam,
        String regio,
        Period pipTermijn,
        Period pipHerinneringNa,
        Period pipTermijnNaInformatieDerde,
        int maxOproepenBredeIntake,
        Period inburgeringstermijn) {

    public String cbsCode() {
        return tenantId.substring(2);
    }
}
