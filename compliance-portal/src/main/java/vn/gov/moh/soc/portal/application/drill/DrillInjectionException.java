package vn.gov.moh.soc.portal.application.drill;

/** A drill step's telemetry could not be shipped; the message says why. */
public class DrillInjectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DrillInjectionException(String message) {
        super(message);
    }

    public DrillInjectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
