package nl.regie.inburgering.handhaving;

/**
 * How far the conduct can be blamed on the inburgeraar (Awb 5:41, 5:46): fully, reduced in the steps the fine rules
 * know (the percentage of the fine), or not at all (no sanction; the case closes with the reason).
 */
public enum Verwijtbaarheid {
    VOLLEDIG(100), VERMINDERD_75(75), VERMINDERD_50(50), VERMINDERD_25(25), NIET(0);

    private final int percentage;

    Verwijtbaarheid(int percentage) { this.percentage = percentage; }

    /** The share of the fine that applies. */
    public int percentage() { return percentage; }
    public boolean verwijtbaar() { return this != NIET; }
}
