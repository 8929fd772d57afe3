package vn.gov.moh.soc.agent.generate;

/**
 * A process start to write as Sysmon event 1 or Security event 4688. Mutable and reused by its
 * writer, so that the hot path allocates nothing for it.
 */
final class ProcessLaunch {
    WindowsProgram program;
    String commandLine;
    String currentDirectory;
    WindowsProgram parent;
    String parentCommandLine;
    /** Account name without domain; {@code SYSTEM} for services. */
    String account;
    /** NetBIOS domain of the account; {@code NT AUTHORITY} for services. */
    String domain;
    String accountSid;
    long logonId;
    int pid;
    int parentPid;
    int terminalSession;
    /** {@code Medium}, {@code High} or {@code System}. */
    String integrity;
}
