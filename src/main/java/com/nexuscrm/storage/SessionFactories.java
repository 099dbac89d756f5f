package com.nexuscrm.storage;

import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Hibernate over a workspace's pool: the entities, no DDL, batching, and change capture's listeners. */
final class SessionFactories {
    private SessionFactories() { }

    static SessionFactory build(JdbcConnectionPool pool, ChangeCapture capture) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool)
                .applySetting(AvailableSettings.DIALECT, "org.hibernate.dialect.H2Dialect")
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "none")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, "500")
                .applySetting(AvailableSettings.ORDER_INSERTS, "true")
                .applySetting(AvailableSettings.ORDER_UPDATES, "true")
                .applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new CamelCaseToUnderscoresNamingStrategy())
                .build();
        MetadataSources sources = new MetadataSources(registry);
        WorkspaceStore.ENTITIES.forEach(sources::addAnnotatedClass);
        SessionFactory factory = sources.buildMetadata().buildSessionFactory();
        EventListenerRegistry listeners = factory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        listeners.appendListeners(EventType.PRE_INSERT, capture);
        listeners.appendListeners(EventType.PRE_UPDATE, capture);
        listeners.appendListeners(EventType.POST_INSERT, capture);
        listeners.appendListeners(EventType.POST_UPDATE, capture);
        listeners.appendListeners(EventType.PRE_DELETE, capture);
        return factory;
    }
}
