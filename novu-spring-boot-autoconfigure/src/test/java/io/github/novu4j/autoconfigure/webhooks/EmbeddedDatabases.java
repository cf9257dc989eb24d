package io.github.novu4j.autoconfigure.webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;

/** The databases the JDBC store is tested on: a real PostgreSQL (started once per JVM) and H2. */
final class EmbeddedDatabases {

	private static EmbeddedPostgres postgres;

	private EmbeddedDatabases() {
	}

	/** @return a fresh database on the shared PostgreSQL server */
	static synchronized DataSource postgres() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is exiting
				}
			}));
		}
		String name = "novu_" + UUID.randomUUID().toString().replace("-", "");
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return postgres.getDatabase("postgres", name);
	}

	/** @return a fresh in-memory H2 database, kept open until the JVM exits */
	static DataSource h2() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:novu_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		return dataSource;
	}

	/**
	 * @param platform {@code postgresql} or {@code h2}
	 * @return a fresh database of that platform
	 */
	static DataSource of(String platform) {
		return "postgresql".equals(platform) ? postgres() : h2();
	}

}
