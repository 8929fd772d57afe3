package vn.gov.moh.soc.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A database of the test kit's PostgreSQL: the test class's own one when handed to a test (created
 * before the class, dropped after it), or the server's maintenance database {@code postgres}.
 *
 * @param host     the server's address (loopback)
 * @param port     its TCP port
 * @param user     a role that may create databases
 * @param password its password
 * @param database the database name
 */
public record PostgresEndpoint(String host, int port, String user, String password, String database) {

    /** The JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:15432/t_myit_3f9a}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A new connection to the database; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /** The same server, another database. */
    public PostgresEndpoint withDatabase(String name) {
        return new PostgresEndpoint(host, port, user, password, name);
    }
}
