package vn.gov.moh.soc.agent.generate;

/**
 * A machine of a unit.
 *
 * @param name short name ({@code his-web-01}, {@code KHAMBENH-PC03})
 * @param fqdn fully qualified name ({@code his-web-01.bvbachmai.vn}, {@code KHAMBENH-PC03.bvbachmai.local})
 * @param ip   internal IPv4 address
 */
record Host(String name, String fqdn, String ip) {
}
