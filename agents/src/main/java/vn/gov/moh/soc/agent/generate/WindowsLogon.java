package vn.gov.moh.soc.agent.generate;

/** A logon, failed logon or logoff to write as Security event 4624, 4625 or 4634. Mutable, reused. */
final class WindowsLogon {
    String account;
    String domain;
    String accountSid;
    long logonId;
    /** 2 interactive, 3 network, 10 remote interactive (RDP). */
    int logonType;
    /** Client address, {@code -} or {@code 127.0.0.1} for a local logon. */
    String ip;
    int port;
    /** Client machine name, {@code -} when unknown. */
    String workstationName;
    boolean elevated;
}
