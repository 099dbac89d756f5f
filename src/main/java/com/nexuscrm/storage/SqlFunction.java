package com.nexuscrm.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A JDBC callback ({@link WorkspaceStore#withConnection}). */
@FunctionalInterface
interface SqlFunction<R> {
    R apply(Connection connection) throws SQLException;
}
