package com.nexuscrm.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** JDBC work without a result ({@link WorkspaceStore#inJdbcTransaction}). */
@FunctionalInterface
interface SqlWork {
    void run(Connection connection) throws SQLException;
}
