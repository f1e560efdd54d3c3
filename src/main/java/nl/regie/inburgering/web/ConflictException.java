package nl.regie.inburgering.web;

public class ConflictException extends RuntimeException {
    public ConflictException(String melding) {
        super(melding);
    }
}
