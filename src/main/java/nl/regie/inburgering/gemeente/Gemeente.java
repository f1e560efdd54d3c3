package nl.regie.inburgering.gemeente;

import java.time.Period;

/**
 * A gemeente served by this installation, with its effective policy (its own settings over the defaults).
 * The gemeente is the engine tenant: tenant id {@code GM} + CBS code.
 */
public record Gemeente(String tenantId, String naam, String regio, String contact, GemeentenProperties.Beleid beleid) {

    public String cbsCode() {
        return tenantId.substring(2);
    }

    public Period pipHerinneringNa() { return beleid.getPipHerinneringNa(); }
    public int maxOproepenBredeIntake() { return beleid.getMaxOproepenBredeIntake(); }
    public Period brpOnbekendSignaalNa() { return beleid.getBrpOnbekendSignaalNa(); }
}
