package com.nexuscrm.storage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;

/**
 * The store runs Hibernate with schema generation off; this checks that every mapped entity and
 * column matches what the Flyway migrations create, so a drift fails here and not in a user's hands.
 */
class SchemaMappingTest {
    @Test
    void entitiesMatchTheMigratedSchema() {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:schema-check;DB_CLOSE_DELAY=-1", "sa", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/local").load().migrate();
            var registry = new StandardServiceRegistryBuilder()
                    .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                    .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                    .applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new CamelCaseToUnderscoresNamingStrategy())
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            WorkspaceStore.ENTITIES.forEach(sources::addAnnotatedClass);
            assertDoesNotThrow(() -> {
                try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                    factory.getMetamodel();
                }
            });
        } finally {
            pool.dispose();
        }
    }
}
