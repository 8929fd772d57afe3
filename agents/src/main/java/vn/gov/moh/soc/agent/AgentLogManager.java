package vn.gov.moh.soc.agent;

import java.util.logging.LogManager;

/**
 * The JDK's log manager, except that its own shutdown hook does not close the log handlers: it
 * would race the agent's shutdown hook, and the lines saying what the agent did while stopping
 * would be lost. The agent closes them itself once it has stopped ({@link #closeHandlers}).
 */
public final class AgentLogManager extends LogManager {
    private static volatile AgentLogManager installed;
    private volatile boolean closing;

    public AgentLogManager() {
        installed = this;
    }

    /** Makes the JDK use this manager; call before anything logs. */
    static void install() {
        System.setProperty("java.util.logging.manager", AgentLogManager.class.getName());
    }

    @Override
    public void reset() {
        if (closing || !shuttingDown()) {
            super.reset();
        }
    }

    private static boolean shuttingDown() {
        try {
            Thread hook = new Thread(() -> { });
            Runtime.getRuntime().addShutdownHook(hook);
            Runtime.getRuntime().removeShutdownHook(hook);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** Flushes and closes the log handlers (at the end of the agent's shutdown). */
    static void closeHandlers() {
        AgentLogManager m = installed;
        if (m != null) {
            m.closing = true;
            m.reset();
        }
    }
}
